import type { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client } from 'graphql-ws';
import { refreshAccessToken } from '../session/silentRefresh';
import { tokenStore } from '../tokenStore';
import { bearer } from './bearer';
import { resumingSubscriptions } from './resumingSubscriptions';

// The subscriptions' half of the Apollo link (createApolloClient.ts), a chunk of its own: the
// first page's queries do not wait for graphql-ws to download.

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
    connectionParams: async () => {
      const authorization = await bearer();
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
        // A refused token is a fatal close for graphql-ws (no retry): renew it if the session
        // still holds (the socket then reconnects with the new token), else sign in again.
        const token = tokenStore.get();
        if ((event as CloseEvent | undefined)?.code === UNAUTHORIZED_CLOSE_CODE && token) {
          refreshAccessToken(token).then((next) => next || onSessionExpired(), () => undefined);
        }
      },
    },
  });

  tokenStore.subscribe(() => {
    if (activeSocket?.readyState === WebSocket.OPEN) activeSocket.close(4205, 'Client Restart');
    else if (activeSocket) restartRequested = true;
  });

  return client;
}

/** The link subscriptions go through: over the socket, resuming where they left off. */
export function createSubscriptionLink(onSessionExpired: () => void): ApolloLink {
  return new GraphQLWsLink(resumingSubscriptions(createSubscriptionClient(onSessionExpired)));
}
