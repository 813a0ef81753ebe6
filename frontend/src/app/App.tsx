import { ApolloProvider } from '@apollo/client/react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
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
import { routes } from './routes';

const router = createBrowserRouter(routes);

let handlingExpiry = false;
let lastViewerRefresh = 0;

/** Signed out by the server: say so, and log in again to come back to this page. */
function onSessionExpired() {
  // Several requests can fail together with one expired token; react once.
  if (handlingExpiry) return;
  handlingExpiry = true;
  tokenStore.clear();
  notify('info', i18n.t('auth.sessionExpired'));
  const { pathname, search } = router.state.location;
  void router
    .navigate(paths.login(pathname + search), { replace: true })
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

export function App() {
  return (
    <ApolloProvider client={client}>
      <ViewerProvider>
        <RouterProvider router={router} />
      </ViewerProvider>
    </ApolloProvider>
  );
}
