import request from 'supertest';
import { openSocket } from '../../../testing/socket-client';
import { codeOf, DATABASES, GqlResult, startTestApp, TestApp } from '../../../testing/test-app';
import { twoInstances, withPostgresAndRedis } from '../../../testing/two-instances';
import { TokenService } from '../../../core/auth/token.service';
import { ViewerLookup } from '../../../core/auth/viewer';
import { REFRESH_COOKIE, REFRESH_PATH } from './refresh-cookie';

const PASSWORD = 'quiet harbour lantern 42';
const PAYLOAD = `accessToken accessTokenExpiresAt refreshToken user { id email }`;
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { ${PAYLOAD} } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { ${PAYLOAD} } }`;
const REFRESH = `mutation ($token: String) { refreshSession(refreshToken: $token) { ${PAYLOAD} } }`;
const SESSIONS = `{ mySessions { id current userAgent createdAt lastSeenAt } }`;
const ME = `{ me { id } }`;
const CHANGE_PASSWORD = `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { ${PAYLOAD} } }`;

interface Payload {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string | null;
  user: { id: string; email: string };
}

describe.each(DATABASES)('sessions on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
  });
  afterAll(() => t.close());

  let n = 0;
  const register = async (): Promise<Payload & { email: string }> => {
    const email = `session${++n}.${Date.now()}@example.com`;
    const result = await t.gql<{ register: Payload }>(REGISTER, { input: { email, password: PASSWORD, displayName: `Sessions ${n}` } });
    expect(result.errors).toBeUndefined();
    return { ...result.data!.register, email };
  };
  const login = async (email: string, userAgent = 'jest'): Promise<Payload> => {
    const res = await request(t.baseUrl).post('/graphql').set('user-agent', userAgent).send({ query: LOGIN, variables: { email, password: PASSWORD } });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.login;
  };
  const refresh = (token: string) => t.gql<{ refreshSession: Payload }>(REFRESH, { token });
  const refused = (result: GqlResult) => expect(codeOf(result)).toBe('UNAUTHENTICATED');

  it('signs in with a session: an access token of at most 15 minutes and a refresh token', async () => {
    const signedUp = await register();
    const expiresIn = new Date(signedUp.accessTokenExpiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(14 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(15 * 60_000);
    expect(signedUp.refreshToken).toEqual(expect.any(String));
    const signedIn = await login(signedUp.email, 'Mozilla/5.0 (iPhone) Test');
    const sessions = (await t.gql(SESSIONS, {}, signedIn.accessToken)).data!.mySessions;
    expect(sessions).toHaveLength(2);
    expect(sessions.find((s: { current: boolean }) => s.current)).toMatchObject({ userAgent: 'Mozilla/5.0 (iPhone) Test' });
  });

  it('stores refresh tokens hashed only', async () => {
    const { refreshToken, user } = await register();
    const rows: { refresh_token_hash: string }[] = await t.dataSource.query(`SELECT refresh_token_hash FROM sessions WHERE user_id = $1`, [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].refresh_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(refreshToken!.split('.')[1]);
  });

  it('rotates the refresh token on every use; reusing an old one ends the session', async () => {
    const first = await register();
    const second = (await refresh(first.refreshToken!)).data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await t.gql(ME, {}, second.accessToken)).data!.me.id).toBe(first.user.id);
    const third = (await refresh(second.refreshToken!)).data!.refreshSession;
    // A token two refreshes old: someone copied it. The session ends for both holders.
    refused(await refresh(first.refreshToken!));
    refused(await refresh(third.refreshToken!));
    refused(await t.gql(ME, {}, third.accessToken));
  });

  it('a refresh whose answer was lost: the token it replaced works once more, within the minute', async () => {
    const first = await register();
    // The answer carrying `lost` never reached the browser (a reload, a tunnel): it still holds `first`.
    const lost = (await refresh(first.refreshToken!)).data!.refreshSession;
    const again = (await refresh(first.refreshToken!)).data!.refreshSession;
    expect(again.refreshToken).not.toBe(lost.refreshToken);
    expect((await t.gql(ME, {}, again.accessToken)).data!.me.id).toBe(first.user.id);
    // Once only: a third use of `first` is a copy, and so is the never-delivered `lost`.
    refused(await refresh(first.refreshToken!));
    refused(await refresh(again.refreshToken!));
  });

  it('the replaced token after the minute is a copy: the session ends', async () => {
    const first = await register();
    const second = (await refresh(first.refreshToken!)).data!.refreshSession;
    await t.dataSource.query(`UPDATE sessions SET rotated_at = now() - interval '61 seconds' WHERE user_id = $1`, [first.user.id]);
    refused(await refresh(first.refreshToken!));
    refused(await refresh(second.refreshToken!));
  });

  it('a changed password leaves no replaced token to fall back on', async () => {
    const first = await register();
    const second = (await refresh(first.refreshToken!)).data!.refreshSession;
    const changed = await t.gql<{ changePassword: Payload }>(CHANGE_PASSWORD, { current: PASSWORD, next: 'a brand new passphrase 7' }, second.accessToken);
    expect(changed.errors).toBeUndefined();
    refused(await refresh(first.refreshToken!));
  });

  it('refuses a made-up refresh token without ending anything', async () => {
    refused(await refresh('not-a-token'));
    refused(await refresh('00000000-0000-4000-8000-000000000000.abc'));
  });

  it('logout ends the current session at once, over HTTP and on open websockets (4401)', async () => {
    const me = await register();
    const other = await login(me.email);
    const socket = openSocket(t, me.accessToken);
    const otherSocket = openSocket(t, other.accessToken);
    try {
      expect((await socket.run(ME)).data).toEqual({ me: { id: me.user.id } });
      expect((await otherSocket.run(ME)).data).toEqual({ me: { id: me.user.id } });
      expect((await t.gql(`mutation { logout }`, {}, me.accessToken)).data).toEqual({ logout: true });
      refused(await t.gql(ME, {}, me.accessToken));
      refused(await refresh(me.refreshToken!));
      expect((await socket.untilClosed(5_000)).code).toBe(4401);
      // The other session goes on.
      expect((await t.gql(ME, {}, other.accessToken)).data!.me.id).toBe(me.user.id);
      expect((await otherSocket.run(ME)).data).toEqual({ me: { id: me.user.id } });
    } finally {
      await socket.dispose();
      await otherSocket.dispose();
    }
  });

  it('a crowd of first requests, read together, each answers for its own token: ended sessions and erased accounts are refused', async () => {
    const people = await Promise.all(Array.from({ length: 12 }, () => register()));
    const ended = people.slice(0, 3);
    for (const person of ended) expect((await t.gql(`mutation { logout }`, {}, person.accessToken)).data).toEqual({ logout: true });
    const erased = people[3];
    await t.dataSource.query(`UPDATE users SET deleted_at = now() WHERE id = $1`, [erased.user.id]);
    // None of the nine left has made a request yet: each request below reads its viewer.
    const answers = await Promise.all(people.map((person) => t.gql(ME, {}, person.accessToken)));
    answers.forEach((answer, i) => {
      if (i < 4) refused(answer);
      else expect(answer.data!.me.id).toBe(people[i].user.id);
    });
    // Asked in one moment, the lookups are one statement: each still answers for its own pair.
    const lookup = t.app.get(ViewerLookup);
    const tokens = t.app.get(TokenService);
    const found = await Promise.all(people.map((person) => lookup.findViewer(person.user.id, tokens.claims(person.accessToken).sessionId)));
    expect(found.map((record) => record?.viewer.id ?? null)).toEqual(people.map((person, i) => (i < 4 ? null : person.user.id)));
  });

  it('logoutOtherSessions ends every other session and says how many', async () => {
    const me = await register();
    const phone = await login(me.email);
    const laptop = await login(me.email);
    expect((await t.gql(`mutation { logoutOtherSessions }`, {}, laptop.accessToken)).data).toEqual({ logoutOtherSessions: 2 });
    refused(await t.gql(ME, {}, me.accessToken));
    refused(await t.gql(ME, {}, phone.accessToken));
    refused(await refresh(phone.refreshToken!));
    const left = (await t.gql(SESSIONS, {}, laptop.accessToken)).data!.mySessions;
    expect(left).toEqual([expect.objectContaining({ current: true })]);
  });

  it('changePassword checks the current password, ends the other sessions and keeps this one', async () => {
    const me = await register();
    const other = await login(me.email);
    const wrong = await t.gql(CHANGE_PASSWORD, { current: 'not it at all', next: 'another calm river 77' }, me.accessToken);
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(CHANGE_PASSWORD, { current: PASSWORD, next: 'password' }, me.accessToken))).toBe('BAD_USER_INPUT');
    const changed = await t.gql<{ changePassword: Payload }>(CHANGE_PASSWORD, { current: PASSWORD, next: 'another calm river 77' }, me.accessToken);
    expect(changed.errors).toBeUndefined();
    refused(await t.gql(ME, {}, other.accessToken));
    expect((await t.gql(ME, {}, changed.data!.changePassword.accessToken)).data!.me.id).toBe(me.user.id);
    expect((await refresh(changed.data!.changePassword.refreshToken!)).errors).toBeUndefined();
    refused(await t.gql(LOGIN, { email: me.email, password: PASSWORD }));
    expect((await t.gql(LOGIN, { email: me.email, password: 'another calm river 77' })).errors).toBeUndefined();
  });

  it('tokens naming no session (scripts, tests) work until the user ends all sessions', async () => {
    const scripted = await t.createUser();
    expect((await t.gql(ME, {}, scripted)).data!.me.id).toBe(scripted.user.id);
    // Ending "every other session" ends every token that names none, this one too.
    expect((await t.gql(`mutation { logoutOtherSessions }`, {}, scripted)).data).toEqual({ logoutOtherSessions: 0 });
    refused(await t.gql(ME, {}, scripted));
  });

  describe('the web app\'s refresh cookie', () => {
    const asWebApp = (path = '/graphql') => request(t.baseUrl).post(path).set('x-refresh-cookie', '1').set('content-type', 'application/json');
    const cookieOf = (res: request.Response) => ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${REFRESH_COOKIE}=`));

    it('is HttpOnly, SameSite=Strict and scoped to the refresh path; the answer holds no refresh token', async () => {
      const { email } = await register();
      const res = await asWebApp().send({ query: LOGIN, variables: { email, password: PASSWORD } });
      expect(res.body.data.login.refreshToken).toBeNull();
      const cookie = cookieOf(res)!;
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).toMatch(new RegExp(`Path=${REFRESH_PATH}(;|$)`));
      expect(cookie).not.toMatch(/Secure/i); // only in production
    });

    it('refreshes from the cookie on the refresh path, rotating it, and logout clears it', async () => {
      const { email } = await register();
      const signedIn = await asWebApp().send({ query: LOGIN, variables: { email, password: PASSWORD } });
      const cookie = cookieOf(signedIn)!.split(';')[0];
      const refreshed = await asWebApp(REFRESH_PATH).set('cookie', cookie).send({ query: REFRESH });
      expect(refreshed.body.errors).toBeUndefined();
      const rotated = cookieOf(refreshed)!.split(';')[0];
      expect(rotated).not.toBe(cookie);
      const token = refreshed.body.data.refreshSession.accessToken;
      const out = await asWebApp(REFRESH_PATH).set('cookie', rotated).set('authorization', `Bearer ${token}`).send({ query: `mutation { logout }` });
      expect(out.body.data).toEqual({ logout: true });
      expect(cookieOf(out)).toMatch(/Expires=Thu, 01 Jan 1970/);
      const again = await asWebApp(REFRESH_PATH).set('cookie', rotated).send({ query: REFRESH });
      expect(again.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });
});

withPostgresAndRedis('sessions across instances (PostgreSQL and Redis)', () => {
  const instances = twoInstances('sess');

  it('a logout on one instance stops the session on the other at once, HTTP and websocket', async () => {
    const email = `across.${Date.now()}@example.com`;
    const signedUp = await instances.a.gql(REGISTER, { input: { email, password: PASSWORD, displayName: 'Across' } });
    const { accessToken } = signedUp.data!.register as Payload;
    const socket = openSocket(instances.b, accessToken);
    try {
      expect((await instances.b.gql(ME, {}, accessToken)).errors).toBeUndefined(); // B caches the viewer now
      expect((await socket.run(ME)).errors).toBeUndefined();
      expect((await instances.a.gql(`mutation { logout }`, {}, accessToken)).data).toEqual({ logout: true });
      expect((await socket.untilClosed(5_000)).code).toBe(4401);
      expect(codeOf(await instances.b.gql(ME, {}, accessToken))).toBe('UNAUTHENTICATED');
    } finally {
      await socket.dispose();
    }
  });
});
