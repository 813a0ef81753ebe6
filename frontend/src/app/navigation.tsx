import { useEffect } from 'react';
import { useLocation, useNavigate, type NavigateFunction } from 'react-router';

let navigate: NavigateFunction | null = null;
/** Callers waiting for the page they asked for to be shown. */
let waiting: (() => void)[] = [];

/**
 * Lets code outside React (the session expiry in App.tsx) move to another page through the
 * router: rendered once, inside it.
 */
export function NavigationBridge() {
  const location = useLocation();
  const routerNavigate = useNavigate();
  useEffect(() => {
    navigate = routerNavigate;
  }, [routerNavigate]);
  // A navigation is shown once its page is rendered (a lazy page's code downloaded).
  useEffect(() => {
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  }, [location]);
  return null;
}

/** Replaces the page shown with `to`; resolves once that page is rendered. */
export function replacePage(to: string): Promise<void> {
  if (!navigate) {
    // Before the app's first render: the router starts at this address.
    window.history.replaceState(null, '', to);
    return Promise.resolve();
  }
  const shown = new Promise<void>((resolve) => waiting.push(resolve));
  void navigate(to, { replace: true });
  return shown;
}
