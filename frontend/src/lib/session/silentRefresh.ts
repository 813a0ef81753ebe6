import { tokenStore } from '../tokenStore';

/**
 * Access tokens live 15 minutes; the refresh token sits in an HttpOnly cookie that only the
 * refresh path receives, so no script (ours included) can read it. This file renews the access
 * token before it runs out and when the server refuses it, with one refresh in flight at a time,
 * across tabs too: the server ends a session whose refresh token is used twice, so two tabs
 * must never refresh with the same cookie at once.
 */

/** Where the server answers refreshSession and logout with the refresh cookie. */
export const REFRESH_PATH = '/graphql/session';
/** Refresh this long before the token runs out (a sleeping phone's timers run late). */
const REFRESH_AHEAD_MS = 90_000;
const LOCK_NAME = 'ugc.refreshSession';

const REFRESH_MUTATION = 'mutation RefreshSession { refreshSession { accessToken } }';

/** What a token says about itself (not checked here: the server does that). */
function claims(token: string): { sub?: string; exp?: number } {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload)) as { sub?: string; exp?: number };
  } catch {
    return {};
  }
}

/** Who a token signs in (to tell a refresh from a sign-in as someone else). */
export function tokenSubject(token: string | null): string | null {
  return (token && claims(token).sub) || null;
}

/** When the token runs out, in ms since the epoch; null when it does not say. */
export function tokenExpiry(token: string): number | null {
  const { exp } = claims(token);
  return typeof exp === 'number' ? exp * 1000 : null;
}

function expiresSoon(token: string): boolean {
  const expiry = tokenExpiry(token);
  return expiry !== null && expiry - Date.now() < REFRESH_AHEAD_MS;
}

/** One tab at a time (Web Locks), or at least one request at a time in this tab. */
function exclusively<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request(LOCK_NAME, work) as Promise<T>) : work();
}

let inFlight: Promise<string | null> | null = null;

/**
 * A new access token, or null when the session has ended (signed out elsewhere, expired, or its
 * refresh token was used twice). `stale` is the token that was refused or runs out: when another
 * tab has already replaced it, that tab's token is used and no second refresh is made.
 */
export function refreshAccessToken(stale: string | null = tokenStore.get()): Promise<string | null> {
  inFlight ??= exclusively(async () => {
    const current = tokenStore.get();
    if (!current) return null;
    if (current !== stale && !expiresSoon(current)) return current;
    const response = await fetch(REFRESH_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-refresh-cookie': '1' },
      body: JSON.stringify({ query: REFRESH_MUTATION }),
    });
    const body = (await response.json().catch(() => null)) as {
      data?: { refreshSession?: { accessToken: string } } | null;
      errors?: { extensions?: { code?: string } }[];
    } | null;
    const token = body?.data?.refreshSession?.accessToken;
    if (token) {
      tokenStore.set(token);
      return token;
    }
    // Only a refusal ends the sign-in; a network failure or a busy server keeps the token for a retry.
    if (body?.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) return null;
    throw new Error(`refresh failed (${response.status})`);
  }).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** The token to send now: refreshed first when it runs out within REFRESH_AHEAD_MS. */
export async function freshAccessToken(): Promise<string | null> {
  const token = tokenStore.get();
  if (!token || !expiresSoon(token)) return token;
  try {
    return (await refreshAccessToken(token)) ?? token;
  } catch {
    return token;
  }
}

/**
 * Keeps the token renewed while the app is open: a timer set ahead of each token's expiry, and a
 * check when the page comes back into view (timers of a hidden tab are slowed). `onEnded` runs
 * when the server refuses to renew. Returns a function that stops it.
 */
export function keepAccessTokenFresh(onEnded: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const renew = () => {
    const token = tokenStore.get();
    if (!token) return;
    refreshAccessToken(token).then(
      (next) => {
        if (!next && tokenStore.get() === token) onEnded();
      },
      () => schedule(tokenStore.get(), 15_000),
    );
  };
  const schedule = (token: string | null, retryInMs?: number) => {
    clearTimeout(timer);
    const expiry = token ? tokenExpiry(token) : null;
    if (!token || expiry === null) return;
    // A little randomness, so that tabs opened together do not all wake at once.
    const wait = retryInMs ?? Math.max(0, expiry - Date.now() - REFRESH_AHEAD_MS + Math.random() * 10_000);
    timer = setTimeout(renew, wait);
  };
  const onVisible = () => {
    const token = tokenStore.get();
    if (document.visibilityState === 'visible' && token && expiresSoon(token)) renew();
  };
  schedule(tokenStore.get());
  const unsubscribe = tokenStore.subscribe((token) => schedule(token));
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    document.removeEventListener('visibilitychange', onVisible);
  };
}
