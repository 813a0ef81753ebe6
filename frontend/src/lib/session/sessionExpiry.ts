// "Your sign-in has ended: log in again" is one flow for the whole app (App.tsx sets it up):
// the GraphQL error link and plain fetches (the CSV export) both end up here.
type Handler = () => void;

let handler: Handler | null = null;

/** The app's one reaction to a refused sign-in; returns a function that removes it. */
export function setSessionExpiredHandler(next: Handler): () => void {
  handler = next;
  return () => {
    if (handler === next) handler = null;
  };
}

/** The server answered 401 / UNAUTHENTICATED to a request sent as the signed-in person. */
export function sessionExpired(): void {
  handler?.();
}
