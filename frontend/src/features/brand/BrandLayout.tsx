import { Outlet } from 'react-router';

/** Brand staff pages share the app chrome; this is where a brand sub-navigation would go. */
export function BrandLayout() {
  return <Outlet />;
}
