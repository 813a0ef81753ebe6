import { gql } from '@apollo/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient } from '../apollo/createApolloClient';
import { freshAccessToken, REFRESH_PATH, refreshAccessToken } from '../session/silentRefresh';
import { tokenStore } from '../tokenStore';

/** A JWT-shaped token (unsigned: the app only reads its expiry and subject). */
function token(sub: string, expiresInSeconds: number, n = 0): string {
  const body = btoa(JSON.stringify({ sub, n, exp: Math.floor(Date.now() / 1000) + expiresInSeconds })).replace(/=+$/, '');
  return `header.${body}.signature`;
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const refreshed = (accessToken: string) => json({ data: { refreshSession: { accessToken } } });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('silent refresh', () => {
  it('makes one refresh for many callers, on the refresh path with the cookie header', async () => {
    tokenStore.set(token('u1', 10));
    const next = token('u1', 900, 1);
    const fetchMock = vi.fn(async () => refreshed(next));
    vi.stubGlobal('fetch', fetchMock);
    const answers = await Promise.all([refreshAccessToken(), refreshAccessToken(), freshAccessToken()]);
    expect(answers).toEqual([next, next, next]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(REFRESH_PATH);
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['x-refresh-cookie']).toBe('1');
    expect(tokenStore.get()).toBe(next);
  });

  it('does not refresh a token another tab has already replaced', async () => {
    const stale = token('u1', 10);
    const replaced = token('u1', 900, 2);
    tokenStore.set(replaced);
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    expect(await refreshAccessToken(stale)).toBe(replaced);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('answers null when the server ends the session, and keeps the token on a network failure', async () => {
    tokenStore.set(token('u1', 10));
    vi.stubGlobal('fetch', vi.fn(async () => json({ data: null, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] })));
    expect(await refreshAccessToken()).toBeNull();
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('offline'); }));
    await expect(refreshAccessToken()).rejects.toThrow();
    expect(await freshAccessToken()).toBe(tokenStore.get());
  });

  it('sends a token that is about to run out only after renewing it', async () => {
    tokenStore.set(token('u1', 30));
    const next = token('u1', 900, 3);
    vi.stubGlobal('fetch', vi.fn(async () => refreshed(next)));
    expect(await freshAccessToken()).toBe(next);
    // A token with time left is sent as it is.
    vi.stubGlobal('fetch', vi.fn());
    expect(await freshAccessToken()).toBe(next);
  });

  it('renews a refused token once and sends the operation again; signs out when renewal is refused', async () => {
    const first = token('u1', 900);
    const second = token('u1', 900, 4);
    tokenStore.set(first);
    const sentWith: string[] = [];
    const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
      if (url === REFRESH_PATH) return refreshed(second);
      const authorization = new Headers(init.headers).get('authorization') ?? '';
      sentWith.push(authorization);
      return authorization === `Bearer ${second}`
        ? json({ data: { me: { __typename: 'User', id: 'u1' } } })
        : json({ data: null, errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] }, 401);
    });
    vi.stubGlobal('fetch', fetchMock);
    const onSessionExpired = vi.fn();
    const client = createApolloClient({ onSessionExpired });
    const result = await client.query({ query: gql`query Me { me { id } }`, fetchPolicy: 'network-only' });
    expect(result.data).toEqual({ me: { __typename: 'User', id: 'u1' } });
    expect(sentWith).toEqual([`Bearer ${first}`, `Bearer ${second}`]);
    expect(onSessionExpired).not.toHaveBeenCalled();

    // Signed out elsewhere: the renewal is refused too, and the app says so once.
    vi.stubGlobal('fetch', vi.fn(async () => json({ data: null, errors: [{ message: 'ended', extensions: { code: 'UNAUTHENTICATED' } }] }, 401)));
    tokenStore.set(token('u1', 900, 5));
    await expect(client.query({ query: gql`query Me { me { id } }`, fetchPolicy: 'network-only' })).rejects.toBeTruthy();
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });
});
