import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';
import i18n from '../../i18n';
import { describeError, getErrorInfo, suspendedUntilFrom } from '../errors';
import { notify } from '../notices';
import { refreshAccessToken } from '../session/silentRefresh';
import { tokenStore } from '../tokenStore';
import { bearer } from './bearer';
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

/** A refused sign-in on these is a wrong password, not an ended session. */
const SIGN_IN_OPERATIONS = new Set(['Login', 'Register', 'RefreshSession']);

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
  // The socket's client (graphql-ws) downloads with the first subscription, after the page's
  // first queries: it is not part of the first download (README, phone budget).
  const wsLink = lazyLink(async () => (await import('./subscriptionLink')).createSubscriptionLink(onSessionExpired));

  return new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([
      errorLink,
      ApolloLink.split((operation) => operation.operationType === 'subscription', wsLink, httpLink),
    ]),
  });
}

/**
 * A link made on first use: `load` runs once (again after a failure, e.g. a download cut off,
 * which fails that one operation). Operations wait for it, then go through it.
 */
export function lazyLink(load: () => Promise<ApolloLink>): ApolloLink {
  let loading: Promise<ApolloLink> | null = null;
  return new ApolloLink(
    (operation, forward) =>
      new Observable<ApolloLink.Result>((observer) => {
        let closed = false;
        let subscription: { unsubscribe(): void } | undefined;
        loading ??= load().catch((error: unknown) => {
          loading = null;
          throw error;
        });
        loading.then(
          (link) => {
            if (!closed) subscription = link.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => {
            if (!closed) observer.error(error);
          },
        );
        return () => {
          closed = true;
          subscription?.unsubscribe();
        };
      }),
  );
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
