import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, useRoutes } from 'react-router';
import { preloadCampaignPage } from '../features/campaigns/preloadCampaignPage';
import i18n from '../i18n';
import { createApolloClient } from '../lib/apollo/createApolloClient';
import { notify } from '../lib/notices';
import { paths } from '../lib/paths';
import { setSessionExpiredHandler } from '../lib/session/sessionExpiry';
import { keepAccessTokenFresh } from '../lib/session/silentRefresh';
import { ViewerProvider } from '../lib/session/ViewerContext';
import { ViewerDocument } from '../lib/session/viewerQuery';
import { tokenStore } from '../lib/tokenStore';
import { NavigationBridge, replacePage } from './navigation';
import { routes } from './routes';

let handlingExpiry = false;
let lastViewerRefresh = 0;

/** Signed out by the server: say so, and log in again to come back to this page. */
function onSessionExpired() {
  // Several requests can fail together with one expired token; react once.
  if (handlingExpiry) return;
  handlingExpiry = true;
  tokenStore.clear();
  notify('info', i18n.t('auth.sessionExpired'));
  const { pathname, search } = window.location;
  void replacePage(paths.login(pathname + search))
    .then(() => client.resetStore())
    .catch(() => undefined)
    .finally(() => {
      handlingExpiry = false;
    });
}

// Requests outside Apollo (the CSV export) take the same way back.
setSessionExpiredHandler(onSessionExpired);

// Access tokens last 15 minutes: renew them ahead of time while the app is open.
keepAccessTokenFresh(onSessionExpired);

const client = createApolloClient({
  onSessionExpired,
  // A refusal for a suspension names its end: the banner and the disabled like and comment
  // controls show it at once. Otherwise re-read who is signed in (at most every 10 s): a
  // suspension the refusal did not spell out then shows too.
  onForbidden: (suspendedUntil) => {
    if (suspendedUntil) {
      client.cache.updateQuery({ query: ViewerDocument }, (current) => (current?.me ? { me: { ...current.me, suspendedUntil } } : current));
      return;
    }
    if (Date.now() - lastViewerRefresh < 10_000) return;
    lastViewerRefresh = Date.now();
    void client.refetchQueries({ include: [ViewerDocument] }).catch(() => undefined);
  },
});

preloadCampaignPage(client, window.location.pathname, window.location.search);

function Pages() {
  return useRoutes(routes);
}

// React Router in declarative mode (<BrowserRouter>, useRoutes) rather than its data router:
// 17 KB gzip less in the first download, and the app loads its data with Apollo, not loaders
// (README, phone budget). Error boundaries and scroll restoration are the app's own
// (RouteErrorBoundary, ScrollRestoration).
export function App() {
  return (
    <ApolloProvider client={client}>
      <ViewerProvider>
        <BrowserRouter>
          <NavigationBridge />
          <Pages />
        </BrowserRouter>
      </ViewerProvider>
    </ApolloProvider>
  );
}
