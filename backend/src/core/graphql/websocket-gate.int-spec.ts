import request from 'supertest';
import { Role } from '../../modules/accounts/role.enum';
import { buildCampaign, buildStory } from '../../testing/builders';
import { openSocket, refusalCode, TestSocket } from '../../testing/socket-client';
import { codeOf, DATABASES, sharedTestApp, startTestApp, TestApp } from '../../testing/test-app';
import { twoInstances, withPostgresAndRedis } from '../../testing/two-instances';
import { waitFor } from '../../testing/wait-for';
import { StoryStatus } from '../../modules/stories/story-status.enum';
import { SOCKET_LIMITS } from './websocket-gate';

const STORY_SUBMITTED = `subscription { storySubmitted { id } }`;
const SET_ROLE = `mutation ($id: ID!, $role: Role!) { setUserRole(userId: $id, role: $role) { role } }`;
const SUSPEND = `mutation ($id: ID!) { suspendUser(userId: $id, reason: "testing") { id } }`;
const LOGIN = `mutation ($email: String!) { login(email: $email, password: "not-the-password") { accessToken } }`;

describe('the websocket gate: limits of a socket', () => {
  let t: TestApp;
  const sockets: TestSocket[] = [];
  const open = (...args: Parameters<typeof openSocket> extends [unknown, ...infer R] ? R : never) => {
    const socket = openSocket(t, ...args);
    sockets.push(socket);
    return socket;
  };
  beforeAll(async () => {
    // One PGlite app for this describe, the plain one below and the re-checks on PGlite: the
    // limits are per socket and per account, and only the spray below signs in (it spends the
    // login limit of 127.0.0.1, which nothing after it on this app needs).
    t = await sharedTestApp();
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
  });

  it('closes a connection whose token is bad with 4401, before any operation runs', async () => {
    const socket = open('forged.token.here');
    expect((await socket.untilClosed()).code).toBe(4401);
  });

  it('closes a connection that sends a message over 64 KB (1009), and the server stays up', async () => {
    const socket = open();
    const answer = socket.run(`query ($pad: String) { __typename }`, { pad: 'x'.repeat(SOCKET_LIMITS.maxMessageBytes + 1) });
    expect((await socket.untilClosed()).code).toBe(1009);
    expect(codeOf(await answer)).toBe('SOCKET_CLOSED');
    expect((await t.gql(`{ __typename }`)).data).toEqual({ __typename: 'Query' });
  });

  it(`refuses more than ${SOCKET_LIMITS.operationsPerSocket} live operations on one socket`, async () => {
    const moderator = await t.createUser({ role: Role.MODERATOR });
    const socket = open(moderator);
    const live = Array.from({ length: SOCKET_LIMITS.operationsPerSocket }, () => socket.subscribe(STORY_SUBMITTED));
    const extra = socket.subscribe(STORY_SUBMITTED);
    await waitFor(() => extra.ended, { what: 'the extra subscription to be refused' });
    expect(refusalCode(extra)).toBe('RATE_LIMITED');
    expect(live.filter((s) => s.ended)).toHaveLength(0);
  });

  it('limits how fast one socket may send operations', async () => {
    const socket = open();
    const answers = [];
    // One after another: many at once would meet the live-operations limit first.
    for (let i = 0; i < SOCKET_LIMITS.messagesPerWindow + 5; i++) answers.push(await socket.run(`{ __typename }`));
    const limited = answers.filter((a) => codeOf(a) === 'RATE_LIMITED');
    expect(limited.length).toBe(5);
    expect(limited[0].errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    // Another socket is not slowed by this one.
    expect(await open().run(`{ __typename }`)).toMatchObject({ data: { __typename: 'Query' } });
  });

  it(`refuses more than ${SOCKET_LIMITS.socketsPerUser} sockets of one account`, async () => {
    const user = await t.createUser();
    const mine = Array.from({ length: SOCKET_LIMITS.socketsPerUser }, () => open(user));
    await Promise.all(mine.map((s) => s.run(`{ me { id } }`)));
    const extra = open(user);
    expect((await extra.untilClosed()).code).toBe(4429);
    // Closing one makes room again.
    await mine[0].dispose();
    await waitFor(async () => (await open(user).run(`{ me { id } }`)).data?.me?.id === user.user.id, { what: 'room for a new socket' });
  });
});

describe('the websocket gate: who the client is', () => {
  let trusting: TestApp;
  let plain: TestApp;
  beforeAll(async () => {
    [trusting, plain] = await Promise.all([startTestApp({ env: { TRUSTED_PROXIES: 'loopback' } }), sharedTestApp()]);
  });
  afterAll(() => trusting.close());

  /** Failed sign-ins to different accounts from one client, until the spraying limit answers. */
  const spray = async (send: (email: string) => Promise<string | undefined>, attempts: number) => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < attempts; i++) codes.push(await send(`nobody${i}.${Math.random()}@example.com`));
    return codes;
  };

  it('ignores X-Forwarded-For from a client that is not a trusted proxy', async () => {
    let n = 0;
    const codes = await spray(async (email) => {
      const res = await request(plain.baseUrl).post('/graphql').set('x-forwarded-for', `203.0.113.${++n}`).send({ query: LOGIN, variables: { email } });
      return res.body.errors?.[0]?.extensions?.code;
    }, 31);
    // Every made-up address counted as the one real one.
    expect(codes.slice(0, 30).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[30]).toBe('RATE_LIMITED');
  });

  it('identifies websocket clients like HTTP clients, through the same trusted proxy', async () => {
    const viaProxy = (address: string) => openSocket(trusting, undefined, { headers: { 'x-forwarded-for': address } });
    const first = viaProxy('198.51.100.7');
    const codes = await spray(async (email) => codeOf(await first.run(LOGIN, { email })), 30);
    expect(codes.every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    // The same client over HTTP has spent its attempts too...
    const http = await request(trusting.baseUrl).post('/graphql').set('x-forwarded-for', '198.51.100.7').send({ query: LOGIN, variables: { email: 'someone@example.com' } });
    expect(http.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // ...while another client behind the same proxy has not: sockets are not one shared "unknown".
    const second = viaProxy('198.51.100.8');
    expect(codeOf(await second.run(LOGIN, { email: 'someone@example.com' }))).toBe('UNAUTHENTICATED');
    await Promise.all([first.dispose(), second.dispose()]);
  });
});

describe.each(DATABASES)('the websocket gate re-checks the viewer on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  const sockets: TestSocket[] = [];
  beforeAll(async () => {
    t = await sharedTestApp({ onRealPostgres });
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
  });

  it('a demoted moderator stops receiving the moderation queue at once, and cannot subscribe again', async () => {
    const admin = await t.createUser({ role: Role.ADMIN });
    const moderator = await t.createUser({ role: Role.MODERATOR });
    const socket = openSocket(t, moderator);
    sockets.push(socket);
    const queue = socket.subscribe(STORY_SUBMITTED);
    expect((await socket.run(`{ me { role } }`)).data).toEqual({ me: { role: 'MODERATOR' } });

    expect((await t.gql(SET_ROLE, { id: moderator.user.id, role: 'CUSTOMER' }, admin)).errors).toBeUndefined();
    expect((await socket.untilClosed(5_000)).code).toBe(4403);
    expect(queue.results).toEqual([]);

    const again = openSocket(t, moderator);
    sockets.push(again);
    const refused = again.subscribe(STORY_SUBMITTED);
    await waitFor(() => refused.ended, { what: 'the subscription to be refused' });
    expect(refusalCode(refused)).toBe('FORBIDDEN');
  });

  it('a suspension closes the socket, and the next operation meets the suspension', async () => {
    const moderator = await t.createUser({ role: Role.MODERATOR });
    const customer = await t.createUser();
    const campaign = await buildCampaign(t.dataSource, { createdById: moderator.user.id });
    const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: moderator.user.id, status: StoryStatus.APPROVED });
    const socket = openSocket(t, customer);
    sockets.push(socket);
    expect((await socket.run(`{ me { id } }`)).errors).toBeUndefined();
    expect((await t.gql(SUSPEND, { id: customer.user.id }, moderator)).errors).toBeUndefined();
    expect((await socket.untilClosed(5_000)).code).toBe(4403);
    const again = openSocket(t, customer);
    sockets.push(again);
    const like = await again.run(`mutation ($id: ID!) { likeStory(storyId: $id) { likeCount } }`, { id: story.id });
    expect(codeOf(like)).toBe('FORBIDDEN');
    expect(like.errors![0].message).toMatch(/suspended until/);
  });

  it('a deleted account is closed out with 4401', async () => {
    const user = await t.createUser();
    const socket = openSocket(t, user);
    sockets.push(socket);
    expect((await socket.run(`{ me { id } }`)).errors).toBeUndefined();
    await t.dataSource.query(`DELETE FROM users WHERE id = $1`, [user.user.id]);
    // Nothing announced this change (it bypassed the app): the next operation still finds out.
    const next = await waitFor(async () => {
      const result = await socket.run(`{ me { id } }`);
      return codeOf(result) ? result : undefined;
    }, { what: 'the deleted account to be refused' });
    expect(['UNAUTHENTICATED', 'SOCKET_CLOSED']).toContain(codeOf(next));
    expect((await socket.untilClosed()).code).toBe(4401);
  });
});

withPostgresAndRedis('the websocket gate across instances (PostgreSQL and Redis)', () => {
  const instances = twoInstances('gate');

  it('a demotion made on one instance closes the moderator\'s socket on the other within seconds', async () => {
    const admin = await instances.a.createUser({ role: Role.ADMIN });
    const moderator = await instances.a.createUser({ role: Role.MODERATOR });
    const socket = openSocket(instances.b, moderator);
    try {
      socket.subscribe(STORY_SUBMITTED);
      expect((await socket.run(`{ me { role } }`)).data).toEqual({ me: { role: 'MODERATOR' } });
      // B has the moderator in its viewer cache now; A changes the role.
      expect((await instances.a.gql(SET_ROLE, { id: moderator.user.id, role: 'CUSTOMER' }, admin)).errors).toBeUndefined();
      expect((await socket.untilClosed(5_000)).code).toBe(4403);
      // And B's HTTP side sees the change at once, not after its cache runs out.
      expect(codeOf(await instances.b.gql(`{ moderationQueue { nodes { id } } }`, {}, moderator))).toBe('FORBIDDEN');
    } finally {
      await socket.dispose();
    }
  });
});
