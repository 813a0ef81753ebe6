import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { loadConfig } from '../../core/config/app-config';
import { AppError } from '../../core/errors/app-errors';
import { DomainEvents } from '../../core/events/domain-events';
import { buildCampaign, buildStory } from '../../testing/builders';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { deleteRedisKeys, REAL_REDIS_URL } from '../../testing/test-redis';
import { waitFor } from '../../testing/wait-for';
import { Role } from '../accounts/role.enum';
import { StoryStatus } from '../stories/story-status.enum';
import { EndpointGuard, isPublicAddress } from './endpoint-guard';
import { WebhookSender } from './webhook-sender';

const CREATE = `mutation ($url: String!, $events: [String!]!) { createWebhookEndpoint(url: $url, events: $events) { secret endpoint { id url events active createdAt } } }`;
const ROTATE = `mutation ($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { id } } }`;
const ACTIVE = `mutation ($id: ID!, $active: Boolean!) { setWebhookEndpointActive(id: $id, active: $active) { id active } }`;
const DELETE = `mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) }`;
const REPLAY = `mutation ($id: ID!) { replayWebhookDelivery(id: $id) { id eventId status attempts } }`;
const ENDPOINTS = `query { webhookEndpoints { id url events active } }`;
const DELIVERIES = `query ($endpointId: ID!, $first: Int, $after: String) { webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {
  pageInfo { hasNextPage endCursor } nodes { id eventId event status attempts responseStatus responseTimeMs lastError nextAttemptAt createdAt } } }`;
const MODERATE = `mutation ($id: ID!) { moderateStory(storyId: $id, decision: APPROVE) { id status } }`;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  payload: { type: string; timestamp: string; data: Record<string, any> };
}

/** A brand's receiver on loopback: records every request, answers as `answer` says (200 by default). */
async function startReceiver(answer: (request: Received, nth: number) => number = () => 200) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const request = { headers: req.headers, body, payload: JSON.parse(body) };
      received.push(request);
      res.writeHead(answer(request, received.length)).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The library's own verifier, as a receiver would call it: throws unless a signature matches. */
const verify = (secret: string, request: Received) =>
  new Webhook(secret).verify(request.body, {
    'webhook-id': String(request.headers['webhook-id']),
    'webhook-timestamp': String(request.headers['webhook-timestamp']),
    'webhook-signature': String(request.headers['webhook-signature']),
  });

describe('the SSRF rule for webhook URLs (production, nothing allow-listed)', () => {
  const guard = new EndpointGuard(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-for-this-test-only' }));

  it.each(['http://127.0.0.1/', 'http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://[fd00::1]/',
    'http://0.0.0.0/', 'http://224.0.0.1/', 'http://192.168.1.1/', 'http://localhost:8080/', 'http://receiver.invalid/', 'ftp://example.com/', 'http://user:pw@example.com/'])(
    'refuses %s', async (url) => {
      await expect(guard.check(url)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' } satisfies Partial<AppError>);
    });

  it('classifies addresses with ipaddr.js: only public unicast passes', () => {
    expect(['93.184.216.34', '2606:4700::1111'].map(isPublicAddress)).toEqual([true, true]);
    expect(['127.0.0.1', '::1', '::ffff:10.0.0.1', '169.254.169.254', 'fe80::1', '100.64.0.1', 'not-an-ip'].map(isPublicAddress)).toEqual(Array(7).fill(false));
  });

  it('refuses at connect time a name that resolves to loopback, and sends nothing', async () => {
    const receiver = await startReceiver();
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-for-this-test-only', WEBHOOK_TIMEOUT_MS: '2000' });
    const sender = new WebhookSender(config, new EndpointGuard(config));
    const byName = await sender.post(`http://localhost:${receiver.port}/`, {}, '{}');
    const byAddress = await sender.post(`http://127.0.0.1:${receiver.port}/`, {}, '{}');
    expect(byName).toMatchObject({ status: null, error: expect.stringContaining('not a public address') });
    expect(byAddress).toMatchObject({ status: null, error: expect.stringContaining('not a public address') });
    expect(receiver.received).toEqual([]);
    await receiver.close();
  });
});

/** Each database with the in-process queue, and PostgreSQL with BullMQ when Redis is configured (delayed jobs there). */
const SETUPS = [
  ...DATABASES.map((d) => ({ ...d, redis: false })),
  ...(REAL_REDIS_URL && DATABASES.some((d) => d.onRealPostgres) ? [{ name: 'PostgreSQL with jobs on Redis', onRealPostgres: true, redis: true }] : []),
];

describe.each(SETUPS)('webhooks on $name', ({ onRealPostgres, redis }) => {
  const prefix = `test-webhooks-${process.pid}-${Date.now()}`;
  let t: TestApp;
  let staff: TestUser;
  let admin: TestUser;
  let moderator: TestUser;
  let author: TestUser;
  let campaignId: string;
  const receivers: Awaited<ReturnType<typeof startReceiver>>[] = [];

  beforeAll(async () => {
    // Production rules with the loopback receiver allow-listed: deliveries go through the SSRF check.
    const jobs: Record<string, string> = redis ? { REDIS_URL: REAL_REDIS_URL!, REDIS_KEY_PREFIX: prefix } : {};
    t = await startTestApp({ onRealPostgres, env: { ...jobs, NODE_ENV: 'production', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', WEBHOOK_RETRY_SCHEDULE: '50ms,100ms,100ms', WEBHOOK_TIMEOUT_MS: '3000' } });
    [staff, admin, moderator, author] = await Promise.all([
      t.createUser({ role: Role.BRAND_STAFF }), t.createUser({ role: Role.ADMIN }), t.createUser({ role: Role.MODERATOR }), t.createUser(),
    ]);
    campaignId = (await buildCampaign(t.dataSource, { createdById: staff.user.id, slug: `hooks-${Date.now()}` })).id;
  });
  afterAll(async () => {
    await t.close();
    await Promise.all(receivers.map((r) => r.close()));
    if (redis) await deleteRedisKeys(prefix);
  });

  const ok = async (query: string, variables: Record<string, unknown>, as: TestUser = staff) => {
    const result = await t.gql(query, variables, as);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as any;
  };
  const receiver = async (answer?: (request: Received, nth: number) => number) => {
    const r = await startReceiver(answer);
    receivers.push(r);
    return r;
  };
  const endpoint = async (url: string, events = ['story.approved']) => ok(CREATE, { url, events });
  const approve = async () => {
    const story = await buildStory(t.dataSource, { campaignId, authorId: author.user.id, status: StoryStatus.PENDING, title: '阳台上的小花' });
    await ok(MODERATE, { id: story.id }, moderator);
    return story.id;
  };
  const deliveries = async (endpointId: string) => (await ok(DELIVERIES, { endpointId })).nodes as any[];
  const about = (storyId: string) => (r: Received) => r.payload.data.storyId === storyId;

  it('is for ADMIN and BRAND_STAFF only', async () => {
    expect(codeOf(await t.gql(ENDPOINTS))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(CREATE, { url: 'http://127.0.0.1/', events: ['story.approved'] }))).toBe('UNAUTHENTICATED');
    for (const who of [author, moderator]) {
      expect(codeOf(await t.gql(ENDPOINTS, {}, who))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(CREATE, { url: 'http://127.0.0.1/', events: ['story.approved'] }, who))).toBe('FORBIDDEN');
    }
    const made = await ok(CREATE, { url: 'http://127.0.0.1:9/x', events: ['prize.won'] }, admin);
    expect(codeOf(await t.gql(DELIVERIES, { endpointId: made.endpoint.id }, moderator))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ROTATE, { id: made.endpoint.id }, author))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(DELETE, { id: made.endpoint.id }, author))).toBe('FORBIDDEN');
    expect((await ok(ENDPOINTS, {}, staff)).map((e: any) => e.id)).toContain(made.endpoint.id);
    expect(await ok(DELETE, { id: made.endpoint.id }, staff)).toBe(true);
    expect(codeOf(await t.gql(DELETE, { id: made.endpoint.id }, staff))).toBe('NOT_FOUND');
  });

  it('shows the secret once, refuses unknown events and internal addresses that are not allow-listed', async () => {
    const made = await endpoint('http://127.0.0.1:9/x', ['story.approved', 'points.changed']);
    expect(made.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(made.endpoint).toMatchObject({ url: 'http://127.0.0.1:9/x', events: ['story.approved', 'points.changed'], active: true });
    const stored: { secret_sealed: string }[] = await t.dataSource.query(`SELECT secret_sealed FROM webhook_endpoints WHERE id = $1`, [made.endpoint.id]);
    expect(stored[0].secret_sealed).not.toContain(made.secret.slice(6, 20));

    const unknown = await t.gql(CREATE, { url: 'http://127.0.0.1:9/', events: ['story.liked'] }, staff);
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].message).toContain('story.liked');
    expect(codeOf(await t.gql(CREATE, { url: 'http://127.0.0.1:9/', events: [] }, staff))).toBe('BAD_USER_INPUT');
    for (const url of ['http://10.0.0.1/', 'http://169.254.169.254/', 'http://[::1]/', 'http://localhost/', 'http://127.0.0.2/', 'http://hooks.invalid/', 'file:///etc/passwd', 'not a url']) {
      const refused = await t.gql(CREATE, { url, events: ['story.approved'] }, staff);
      expect({ url, code: codeOf(refused) }).toEqual({ url, code: 'BAD_USER_INPUT' });
    }
    await ok(DELETE, { id: made.endpoint.id });
  });

  it('delivers story.approved when a moderator approves, signed so the library verifies it', async () => {
    const r = await receiver();
    const made = await endpoint(r.url);
    const storyId = await approve();
    const request = await waitFor(() => r.received.find(about(storyId)), { what: 'the story.approved delivery' });
    expect(verify(made.secret, request)).toMatchObject({ type: 'story.approved' });
    expect(String(request.headers['webhook-id'])).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(request.payload).toMatchObject({
      type: 'story.approved', timestamp: expect.any(String),
      data: { campaignId, storyId, storyTitle: '阳台上的小花', authorId: author.user.id, campaignSlug: expect.stringMatching(/^hooks-/) },
    });
    expect(JSON.stringify(request.payload)).not.toContain(author.user.email);
    expect(() => verify(`whsec_${Buffer.alloc(32, 1).toString('base64')}`, request)).toThrow();

    const [logged] = await waitFor(async () => {
      const rows = await deliveries(made.endpoint.id);
      return rows[0]?.status === 'SUCCEEDED' && rows;
    }, { what: 'the delivery logged as SUCCEEDED' });
    expect(logged).toMatchObject({ eventId: request.headers['webhook-id'], event: 'story.approved', attempts: 1, responseStatus: 200, lastError: null, nextAttemptAt: null });
    expect(logged.responseTimeMs).toEqual(expect.any(Number));
    await ok(DELETE, { id: made.endpoint.id });
  });

  it('tells the brand when an author withdraws a scope (rights.revoked) and grants one (rights.granted)', async () => {
    const r = await receiver();
    const made = await endpoint(r.url, ['rights.granted', 'rights.revoked']);
    const story = await buildStory(t.dataSource, { campaignId, authorId: author.user.id, usageScopes: ['COMMUNITY', 'PRODUCT_PAGES'], usageRightsGranted: true });
    const SCOPES = `mutation ($id: ID!, $scopes: [UsageScope!]!) { setUsageScopes(storyId: $id, scopes: $scopes) { id } }`;
    await ok(SCOPES, { id: story.id, scopes: ['ADVERTISING'] }, author);
    const types = await waitFor(() => {
      const got = r.received.filter(about(story.id));
      return got.length >= 2 && got.map((request) => request.payload);
    }, { what: 'both consent deliveries' });
    expect(types).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'rights.granted', data: expect.objectContaining({ storyId: story.id, scopes: ['ADVERTISING'] }) }),
      expect.objectContaining({ type: 'rights.revoked', data: expect.objectContaining({ storyId: story.id, scopes: ['PRODUCT_PAGES'] }) }),
    ]));
    await ok(DELETE, { id: made.endpoint.id });
  });

  it('retries after the receiver fails twice, with the same webhook-id, then succeeds; a replay sends the same id again', async () => {
    let failures = 0;
    const r = await receiver(() => (failures++ < 2 ? 500 : 200));
    const made = await endpoint(r.url);
    const storyId = await approve();
    await waitFor(async () => (await deliveries(made.endpoint.id))[0]?.status === 'SUCCEEDED', { what: 'the third attempt to succeed' });
    const attempts = r.received.filter(about(storyId));
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1);
    for (const attempt of attempts) verify(made.secret, attempt);
    const [delivery] = await deliveries(made.endpoint.id);
    expect(delivery).toMatchObject({ status: 'SUCCEEDED', attempts: 3, responseStatus: 200, eventId: attempts[0].headers['webhook-id'] });

    const replayed = await ok(REPLAY, { id: delivery.id });
    expect(replayed).toMatchObject({ id: delivery.id, eventId: delivery.eventId, status: 'PENDING' });
    await waitFor(() => r.received.filter(about(storyId)).length === 4, { what: 'the replay' });
    expect(r.received.filter(about(storyId))[3].headers['webhook-id']).toBe(delivery.eventId);
    await waitFor(async () => (await deliveries(made.endpoint.id))[0]?.attempts === 4 && (await deliveries(made.endpoint.id))[0]?.status === 'SUCCEEDED', { what: 'the replay logged' });
    expect(codeOf(await t.gql(REPLAY, { id: '00000000-0000-4000-8000-000000000000' }, staff))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(REPLAY, { id: delivery.id }, author))).toBe('FORBIDDEN');
    await ok(DELETE, { id: made.endpoint.id });
  });

  it('gives up after the schedule, logging the failure', async () => {
    const r = await receiver(() => 503);
    const made = await endpoint(r.url);
    const storyId = await approve();
    const [delivery] = await waitFor(async () => {
      const rows = await deliveries(made.endpoint.id);
      return rows[0]?.status === 'GAVE_UP' && rows;
    }, { what: 'the delivery to give up' });
    // Once at once, then one per wait of the schedule (three).
    expect(delivery).toMatchObject({ attempts: 4, responseStatus: 503, lastError: 'HTTP 503', nextAttemptAt: null });
    expect(r.received.filter(about(storyId))).toHaveLength(4);
    await ok(DELETE, { id: made.endpoint.id });
  });

  it('signs with both secrets for a while after a rotation', async () => {
    const r = await receiver();
    const made = await endpoint(r.url);
    const rotated = await ok(ROTATE, { id: made.endpoint.id });
    expect(rotated.secret).not.toBe(made.secret);
    const storyId = await approve();
    const request = await waitFor(() => r.received.find(about(storyId)), { what: 'the delivery after rotation' });
    expect(String(request.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verify(made.secret, request)).toBeTruthy();
    expect(verify(rotated.secret, request)).toBeTruthy();

    // Once the overlap is over, only the new secret signs.
    await t.dataSource.query(`UPDATE webhook_endpoints SET previous_secret_until = now() - interval '1 second' WHERE id = $1`, [made.endpoint.id]);
    const later = await approve();
    const next = await waitFor(() => r.received.find(about(later)), { what: 'the delivery after the overlap' });
    expect(verify(rotated.secret, next)).toBeTruthy();
    expect(() => verify(made.secret, next)).toThrow();
    await ok(DELETE, { id: made.endpoint.id });
  });

  it('sends nothing to an inactive endpoint, nor events it did not choose', async () => {
    const [on, off, other] = [await receiver(), await receiver(), await receiver()];
    const active = await endpoint(on.url);
    const inactive = await endpoint(off.url);
    const elsewhere = await endpoint(other.url, ['prize.won']);
    expect(await ok(ACTIVE, { id: inactive.endpoint.id, active: false })).toEqual({ id: inactive.endpoint.id, active: false });
    const storyId = await approve();
    await waitFor(() => on.received.find(about(storyId)), { what: 'the active endpoint to hear it' });
    expect(off.received.filter(about(storyId))).toEqual([]);
    expect(other.received.filter(about(storyId))).toEqual([]);
    expect(await deliveries(inactive.endpoint.id)).toEqual([]);
    expect(await deliveries(elsewhere.endpoint.id)).toEqual([]);
    for (const e of [active, inactive, elsewhere]) await ok(DELETE, { id: e.endpoint.id });
  });

  it('writes nothing when the publishing transaction rolls back', async () => {
    const r = await receiver();
    const made = await endpoint(r.url, ['points.changed']);
    await expect(t.dataSource.transaction(async (manager) => {
      await t.app.get(DomainEvents).publish(manager, { type: 'points.changed', campaignId, userId: author.user.id, amount: 5, balance: 5, reason: 'STORY_APPROVED', storyId: null });
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    await t.dataSource.transaction((manager) =>
      t.app.get(DomainEvents).publish(manager, { type: 'points.changed', campaignId, userId: author.user.id, amount: 7, balance: 12, reason: 'STORY_FEATURED', storyId: null }));
    const request = await waitFor(() => r.received[0], { what: 'the committed event' });
    expect(verify(made.secret, request)).toMatchObject({ type: 'points.changed', data: { amount: 7, balance: 12, userId: author.user.id } });
    await waitFor(async () => (await deliveries(made.endpoint.id))[0]?.status === 'SUCCEEDED');
    expect(r.received).toHaveLength(1);
    expect(await deliveries(made.endpoint.id)).toHaveLength(1);
    await ok(DELETE, { id: made.endpoint.id });
  });
});
