import { ApolloProvider } from '@apollo/client/react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import i18n from '../i18n';
import { createApolloClient } from '../lib/apollo/createApolloClient';
import { notify } from '../lib/notices';
import { paths } from '../lib/paths';
import { ViewerProvider } from '../lib/session/ViewerContext';
import { tokenStore } from '../lib/tokenStore';
import { routes } from './routes';

const router = createBrowserRouter(routes);

let handlingExpiry = false;

const client = createApolloClient({
  // Several requests can fail together with one expired token; react once.
  onSessionExpired: () => {
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
  },
});

export function App() {
  return (
    <ApolloProvider client={client}>
      <ViewerProvider>
        <RouterProvider router={router} />
      </ViewerProvider>
    </ApolloProvider>
  );
}
