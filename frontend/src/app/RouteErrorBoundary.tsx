import { Component, type ReactNode } from 'react';
import { useLocation, type Location } from 'react-router';
import { RouteError } from './RouteError';

interface BoundaryProps {
  location: Location;
  children: ReactNode;
}

interface BoundaryState {
  error: unknown;
  /** The address the error happened at: moving elsewhere clears it. */
  location: Location | null;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { error: undefined, location: null };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    // The error belongs to the page it happened on: following a link (or Back) shows the next page.
    return props.location === state.location ? null : { error: undefined, location: props.location };
  }

  render() {
    return this.state.error === undefined ? this.props.children : <RouteError />;
  }
}

/**
 * One route's error boundary: a crash in its page, or its code failing to download, shows a
 * calm message in place of that page only (the header, and a console's own navigation, keep
 * working), and is gone once the person goes to another address.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  return <Boundary location={useLocation()}>{children}</Boundary>;
}
