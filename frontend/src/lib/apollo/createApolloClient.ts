import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client } from 'graphql-ws';
import i18n from '../../i18n';
import { describeError, getErrorInfo, suspendedUntilFrom } from '../errors';
import { notify } from '../notices';
import { tokenStore } from '../tokenStore';
import { createCache } from './cache';

export interface ApolloClientOptions {
  /** Called once when the server rejects a token we sent: it expired or was revoked. */
  onSessionExpired: () => void;
  /**
   * Called when the server refuses the signed-in person something: they may have just been
   * suspended (`suspendedUntil` is the end the refusal names, if it names one).
   */
  onForbidden?: (suspendedUntil: string | null) => void;
}

function bearer(): string | undefined {
  const token = tokenStore.get();
  return token ? `Bearer ${token}` : undefined;
}

function websocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/** The server closes the socket with this code when the token it was given is bad or expired. */
const UNAUTHORIZED_CLOSE_CODE = 4401;

/**
 * A graphql-ws client that reconnects with the new token whenever the person
 * signs in or out, so subscriptions always run as the current person.
 */
function createSubscriptionClient(onSessionExpired: () => void): Client {
  let activeSocket: WebSocket | null = null;
  let restartRequested = false;

  const client = createClient({
    url: websocketUrl,
    lazy: true,
    connectionParams: () => {
      const authorization = bearer();
      return authorization ? { authorization } : {};
    },
    retryAttempts: Infinity,
    shouldRetry: () => true,
    on: {
      opened: (socket) => {
        activeSocket = socket as WebSocket;
        if (restartRequested) {
          restartRequested = false;
          activeSocket.close(4205, 'Client Restart');
        }
      },
      closed: (event) => {
        activeSocket = null;
        // A refused token is a fatal close for graphql-ws (no retry): treat it like an HTTP
        // UNAUTHENTICATED, so the person signs in again and the socket reconnects as them.
        if ((event as CloseEvent | undefined)?.code === UNAUTHORIZED_CLOSE_CODE && tokenStore.get()) onSessionExpired();
      },
    },
  });

  tokenStore.subscribe(() => {
    if (activeSocket?.readyState === WebSocket.OPEN) activeSocket.close(4205, 'Client Restart');
    else if (activeSocket) restartRequested = true;
  });

  return client;
}

export function createApolloClient({ onSessionExpired, onForbidden }: ApolloClientOptions): ApolloClient {
  const authLink = new SetContextLink(({ headers }) => {
    const authorization = bearer();
    return { headers: authorization ? { ...headers, authorization } : headers };
  });

  // The one place API errors are handled for the whole app; components still
  // show their own inline message, this adds what only the app can do.
  const errorLink = new ErrorLink(({ error }) => {
    const info = getErrorInfo(error);
    // A wrong password while signed in (logging in as someone else) is not an expired sign-in.
    if (info.code === 'UNAUTHENTICATED' && tokenStore.get() && info.operation !== 'login') {
      onSessionExpired();
    } else if (info.code === 'FORBIDDEN' && tokenStore.get()) {
      onForbidden?.(suspendedUntilFrom(error));
    } else if (info.code === 'RATE_LIMITED') {
      notify('error', describeError(error, i18n.t, i18n.language));
    }
  });

  const httpLink = ApolloLink.from([authLink, new HttpLink({ uri: '/graphql' })]);
  const wsLink = new GraphQLWsLink(createSubscriptionClient(onSessionExpired));

  return new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([
      errorLink,
      ApolloLink.split((operation) => operation.operationType === 'subscription', wsLink, httpLink),
    ]),
  });
}
