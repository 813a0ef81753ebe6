import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client } from 'graphql-ws';
import { catchError, from, mergeMap, throwError } from 'rxjs';
import i18n from '../../i18n';
import { describeError, getErrorInfo, suspendedUntilFrom } from '../errors';
import { notify } from '../notices';
import { freshAccessToken, refreshAccessToken } from '../session/silentRefresh';
import { tokenStore } from '../tokenStore';
import { createCache } from './cache';
import { resumingSubscriptions } from './resumingSubscriptions';

export interface ApolloClientOptions {
  /** Called once when the server rejects a token we sent: it expired or was revoked. */
  onSessionExpired: () => void;
  /**
   * Called when the server refuses the signed-in person something: they may have just been
   * suspended (`suspendedUntil` is the end the refusal names, if it names one).
   */
  onForbidden?: (suspendedUntil: string | null) => void;
}

/** The token to send, renewed first when it is about to run out. */
async function bearer(): Promise<string | undefined> {
  const token = await freshAccessToken();
  return token ? `Bearer ${token}` : undefined;
}

/** A refused sign-in on these is a wrong password, not an ended session. */
const SIGN_IN_OPERATIONS = new Set(['Login', 'Register', 'RefreshSession']);

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

export function createApolloClient({ onSessionExpired, onForbidden }: ApolloClientOptions): ApolloClient {
  const authLink = new SetContextLink(async ({ headers }) => {
    const authorization = await bearer();
    // Sign-ins answer with the refresh token in an HttpOnly cookie rather than in the body.
    // apollo-require-preflight: the server's CSRF check lets GET queries (persisted, below) through.
    const withCookie = { ...headers, 'x-refresh-cookie': '1', 'apollo-require-preflight': 'true' };
    return { headers: authorization ? { ...withCookie, authorization } : withCookie };
  });

  // The one place API errors are handled for the whole app; components still
  // show their own inline message, this adds what only the app can do.
  const errorLink = new ErrorLink(({ error, operation, forward }) => {
    const info = getErrorInfo(error);
    // A wrong password while signed in (logging in as someone else) is not an expired sign-in.
    if (info.code === 'UNAUTHENTICATED' && tokenStore.get() && !SIGN_IN_OPERATIONS.has(operation.operationName ?? '')) {
      const sent = (operation.getContext().headers as Record<string, string> | undefined)?.authorization?.replace(/^Bearer /, '') ?? null;
      if (operation.getContext().renewed) {
        onSessionExpired();
        return;
      }
      // The token ran out or was refused: renew it once and send the operation again.
      return from(refreshAccessToken(sent)).pipe(
        // Could not reach the server to renew: the operation fails as it did, still signed in.
        catchError(() => throwError(() => error)),
        mergeMap((token) => {
          if (!token) {
            onSessionExpired();
            return throwError(() => error);
          }
          operation.setContext({ renewed: true });
          return forward(operation);
        }),
      );
    } else if (info.code === 'FORBIDDEN' && tokenStore.get()) {
      onForbidden?.(suspendedUntilFrom(error));
    } else if (info.code === 'RATE_LIMITED') {
      notify('error', describeError(error, i18n.t, i18n.language));
    }
  });

  const httpLink = ApolloLink.from([authLink, ...persistedQueries(), new HttpLink({ uri: '/graphql' })]);
  const wsLink = new GraphQLWsLink(resumingSubscriptions(createSubscriptionClient(onSessionExpired)));

  return new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([
      errorLink,
      ApolloLink.split((operation) => operation.operationType === 'subscription', wsLink, httpLink),
    ]),
  });
}

/**
 * Queries go as GET with the query's hash instead of its text (automatic persisted queries; the
 * text follows once if the server has not seen it): a signed-out page's answer is then cacheable
 * by the browser and any CDN, as the server's Cache-Control allows. Mutations stay POST. Hashing
 * needs Web Crypto, which browsers give only to secure pages (https, localhost).
 */
function persistedQueries(): ApolloLink[] {
  if (!globalThis.crypto?.subtle) return [];
  const sha256 = async (query: string) => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(query));
    return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  };
  return [new PersistedQueryLink({ sha256, useGETForHashedQueries: true })];
}
