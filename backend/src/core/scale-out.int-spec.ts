import { JwtService } from '@nestjs/jwt';
import { Queue } from 'bullmq';
import { createClient } from 'graphql-ws';
import IORedis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import request from 'supertest';
import WebSocket from 'ws';
import { AppProcess, startAppProcess } from '../testing/app-process';
import { startS3Server, TestS3Server } from '../testing/s3-server';
import { TcpProxy } from '../testing/tcp-proxy';
import { jpegWithGps } from '../testing/test-images';
import { startTestApp, TestApp } from '../testing/test-app';
import { createScratchDatabase, REAL_POSTGRES_URL } from '../testing/test-database';
import { deleteRedisKeys, REAL_REDIS_URL } from '../testing/test-redis';
import { waitFor } from '../testing/wait-for';
import { Topics } from './pubsub/topics';

/**
 * Several instances on one PostgreSQL, one Redis and one S3 behave as one service. Each
 * instance is a real server process; the suites need the real servers (the test script
 * requires them under CI).
 */
const withServers = REAL_POSTGRES_URL && REAL_REDIS_URL ? describe : describe.skip;
const JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256';

type GqlResponse = { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[] };

async function gql(baseUrl: string, query: string, variables?: object, token?: string): Promise<GqlResponse> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResponse;
}

const eventually = (check: () => Promise<boolean>, timeout = 15_000, what?: string) => waitFor(check, { timeout, interval: 100, what });

/** Live subscribers on the pub/sub channels whose names contain `topic` (the instances' own namespace included). */
async function channelSubscribers(redis: IORedis, topic: string): Promise<number> {
  const channels = (await redis.pubsub('CHANNELS', `*${topic}`)) as string[];
  if (!channels.length) return 0;
  const counts = (await redis.pubsub('NUMSUB', ...channels)) as (string | number)[];
  return counts.filter((_, i) => i % 2 === 1).reduce<number>((sum, n) => sum + Number(n), 0);
}

/** A cluster: N app processes on a scratch database, the real Redis (own key prefix) and an S3 server. */
class Cluster {
  instances: AppProcess[] = [];
  /** Every process started, the extra ones of single tests included: all are stopped at the end. */
  private readonly started: AppProcess[] = [];
  db!: PgClient;
  private scratch!: { url: string; drop: () => Promise<void> };
  private s3!: TestS3Server;
  private readonly dirs: string[] = [];
  readonly prefix = `t${randomUUID().slice(0, 8)}`;
  private readonly jwt = new JwtService({ secret: JWT_SECRET });

  async start(count: number, env: Record<string, string> = {}): Promise<void> {
    // Migrated already: several instances migrating one empty database together is the database
    // suite's test; these are about the running cluster.
    this.scratch = await createScratchDatabase(REAL_POSTGRES_URL!, { migrated: true });
    this.s3 = await startS3Server();
    this.instances = await Promise.all(Array.from({ length: count }, () => this.startInstance(env)));
    this.db = new PgClient({ connectionString: this.scratch.url });
    await this.db.connect();
  }

  async startInstance(env: Record<string, string> = {}): Promise<AppProcess> {
    const dir = mkdtempSync(join(tmpdir(), 'ugc-node-'));
    this.dirs.push(dir);
    const instance = await startAppProcess({
      DATA_DIR: dir,
      DATABASE_URL: this.scratch.url,
      REDIS_URL: REAL_REDIS_URL!,
      REDIS_KEY_PREFIX: this.prefix,
      JWT_SECRET,
      ...this.s3.env,
      ...env,
    });
    this.started.push(instance);
    return instance;
  }

  async stop(): Promise<void> {
    await Promise.all(this.started.map((i) => i.stop()));
    await this.db?.end();
    await this.scratch?.drop();
    await this.s3?.stop();
    await deleteRedisKeys(this.prefix);
    this.dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  }

  /** People straight into the database, with tokens any instance accepts. */
  async users(count: number, role = 'CUSTOMER'): Promise<{ id: string; token: string }[]> {
    const { rows } = await this.db.query(
      `INSERT INTO users (email, password_hash, display_name, role)
       SELECT 'u' || n || '-' || $2 || '@example.com', 'x', 'Person ' || n, $3 FROM generate_series(1, $1::int) n RETURNING id`,
      [count, randomUUID().slice(0, 8), role],
    );
    return rows.map((row: { id: string }) => ({ id: row.id, token: this.jwt.sign({ sub: row.id }, { expiresIn: '1h' }) }));
  }

  async approvedStory(authorId: string): Promise<{ storyId: string; campaignId: string }> {
    const { rows: [campaign] } = await this.db.query(
      `INSERT INTO campaigns (slug, title, description, starts_at, ends_at, created_by_id, requires_moderation)
       VALUES ($1, 'Cluster', 'Cluster', now() - interval '1 day', now() + interval '7 days', $2, false) RETURNING id`,
      [`cluster-${randomUUID().slice(0, 8)}`, authorId],
    );
    const { rows: [story] } = await this.db.query(
      `INSERT INTO stories (campaign_id, author_id, title, body, status, published_at) VALUES ($1, $2, 'Viral', 'So many likes', 'APPROVED', now()) RETURNING id`,
      [campaign.id, authorId],
    );
    return { storyId: story.id, campaignId: campaign.id };
  }
}

withServers('several instances on PostgreSQL, Redis and S3', () => {
  const cluster = new Cluster();
  beforeAll(() => cluster.start(2), 120_000);
  afterAll(() => cluster.stop());

  it('shows a subscriber on one instance a like made through the other, within a second', async () => {
    const [a, b] = cluster.instances;
    const [author, fan, watcher] = await cluster.users(3);
    const { storyId } = await cluster.approvedStory(author.id);
    const client = createClient({ url: `${b.baseUrl.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${watcher.token}` } });
    const updates: { likeCount: number; at: number }[] = [];
    const redis = new IORedis(REAL_REDIS_URL!);
    try {
      client.subscribe(
        { query: `subscription ($id: ID!) { storyUpdated(storyId: $id) { likeCount } }`, variables: { id: storyId } },
        {
          next: (result) => void updates.push({ likeCount: (result.data as { storyUpdated: { likeCount: number } }).storyUpdated.likeCount, at: Date.now() }),
          error: () => undefined,
          complete: () => undefined,
        },
      );
      // Instance b has checked the subscription and listens on the story's Redis channel.
      await eventually(async () => (await channelSubscribers(redis, Topics.storyUpdated(storyId))) >= 1, 15_000, 'b to subscribe in Redis');
      expect((await gql(a.baseUrl, `mutation ($id: ID!) { likeStory(storyId: $id) { likeCount } }`, { id: storyId }, fan.token)).errors).toBeUndefined();
      // From the like's answer on a to the update on b: the second is Redis and b's live path,
      // not the like request's own time, which a loaded machine stretches on its own.
      const likedAt = Date.now();
      const update = await waitFor(() => updates.find((u) => u.likeCount === 1), { timeout: 3000, what: 'the like to reach the subscriber' });
      expect(update.at - likedAt).toBeLessThan(1000);
    } finally {
      await client.dispose();
      await redis.quit();
    }
  });

  it('resumes comments on the other instance: a subscriber back with after: gets the 20 it missed, in order, once', async () => {
    const [a, b] = cluster.instances;
    const [author, watcher, ...commenters] = await cluster.users(5);
    const { storyId } = await cluster.approvedStory(author.id);
    const redis = new IORedis(REAL_REDIS_URL!);
    const comment = async (instance: AppProcess, n: number) => {
      // Spread over three people: each may comment 10 times a minute.
      const res = await gql(instance.baseUrl, `mutation ($id: ID!, $body: String!) { addComment(storyId: $id, body: $body) { id } }`, { id: storyId, body: `Comment ${n}` }, commenters[n % commenters.length].token);
      expect(res.errors).toBeUndefined();
      return res.data!.addComment.id as string;
    };
    /** A commentAdded subscriber on `instance`; the ids it receives collect in `ids`. */
    const subscribe = (instance: AppProcess, after?: string) => {
      const ids: string[] = [];
      const failures: unknown[] = [];
      const client = createClient({ url: `${instance.baseUrl.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${watcher.token}` }, retryAttempts: 0 });
      client.subscribe(
        { query: `subscription ($id: ID!, $after: ID) { commentAdded(storyId: $id, after: $after) { id } }`, variables: { id: storyId, after } },
        {
          next: (result) => (result.errors ? failures.push(result.errors) : ids.push((result.data as { commentAdded: { id: string } }).commentAdded.id)),
          error: (error) => void failures.push(error),
          complete: () => undefined,
        },
      );
      return { ids, failures, client };
    };
    const subscribers = () => channelSubscribers(redis, Topics.commentAdded(storyId));
    try {
      const first = subscribe(a);
      await eventually(async () => (await subscribers()) >= 1, 15_000, 'a to subscribe in Redis');
      const seen = await comment(a, 0);
      await waitFor(() => first.ids.length === 1, { timeout: 5000, what: 'the first comment to reach the subscriber' });
      expect(first.ids).toEqual([seen]);
      await first.client.dispose();
      await eventually(async () => (await subscribers()) === 0, 15_000, 'a to drop the subscription');

      const missed: string[] = [];
      for (let n = 1; n <= 20; n++) missed.push(await comment(b, n));

      const resumed = subscribe(b, seen);
      try {
        await waitFor(() => resumed.ids.length >= 20, { timeout: 10_000, what: 'the 20 missed comments' });
        // Then one live comment: anything else (a repeat, a stray) would have come before it.
        await eventually(async () => (await subscribers()) >= 1, 15_000, 'b to subscribe in Redis');
        const live = await comment(a, 21);
        await waitFor(() => resumed.ids.includes(live), { timeout: 5000, what: 'the live comment after the replay' });
        expect(resumed.failures).toEqual([]);
        expect(resumed.ids).toEqual([...missed, live]);
      } finally {
        await resumed.client.dispose();
      }
    } finally {
      await redis.quit();
    }
  }, 60_000);

  it('counts likes sent to both instances at once exactly, each person once', async () => {
    const [a, b] = cluster.instances;
    const [author] = await cluster.users(1);
    const fans = await cluster.users(120);
    const { storyId } = await cluster.approvedStory(author.id);
    const like = (baseUrl: string, token: string) => gql(baseUrl, `mutation ($id: ID!) { likeStory(storyId: $id) { id } }`, { id: storyId }, token);
    // Every fan likes through both instances at the same moment: 240 requests, 120 people.
    const results = await Promise.all(fans.flatMap((fan) => [like(a.baseUrl, fan.token), like(b.baseUrl, fan.token)]));
    expect(results.filter((r) => r.errors)).toEqual([]);
    for (const instance of [a, b]) {
      const story = await gql(instance.baseUrl, `query ($id: ID!) { story(id: $id) { likeCount } }`, { id: storyId });
      expect(story.data!.story.likeCount).toBe(120);
    }
  }, 60_000);

  it('pages a HOT feed opened on one instance through the other: the snapshot lives in Redis', async () => {
    const [a, b] = cluster.instances;
    const [author] = await cluster.users(1);
    const { campaignId } = await cluster.approvedStory(author.id);
    await cluster.db.query(
      `INSERT INTO stories (campaign_id, author_id, title, body, status, published_at)
       SELECT $1, $2, 'Story ' || n, 'Body', 'APPROVED', now() - n * interval '1 minute' FROM generate_series(1, 7) n`,
      [campaignId, author.id],
    );
    const page = (baseUrl: string, after?: string) =>
      gql(baseUrl, `query ($id: ID!, $after: String) { feed(campaignId: $id, sort: HOT, first: 3, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }`, { id: campaignId, after });
    const seen: string[] = [];
    let result = await page(a.baseUrl);
    for (let hop = 0; ; hop++) {
      expect(result.errors).toBeUndefined();
      seen.push(...result.data!.feed.nodes.map((n: { id: string }) => n.id));
      if (!result.data!.feed.pageInfo.hasNextPage) break;
      result = await page(hop % 2 === 0 ? b.baseUrl : a.baseUrl, result.data!.feed.pageInfo.endCursor);
    }
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
  });

  it('shares rate limits: failed logins spread over both instances count once', async () => {
    const [a, b] = cluster.instances;
    const email = `spread-${Date.now()}@example.com`;
    await gql(a.baseUrl, `mutation ($e: String!) { register(input: { email: $e, password: "right-password", displayName: "Spread" }) { accessToken } }`, { e: email });
    const login = (baseUrl: string, n: number) =>
      gql(baseUrl, `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: email, p: `wrong-${n}` });
    for (let n = 0; n < 10; n++) expect((await login(n % 2 ? a.baseUrl : b.baseUrl, n)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(a.baseUrl, 10)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect((await login(b.baseUrl, 11)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('processes each photo exactly once with both instances working the queue', async () => {
    const [a, b] = cluster.instances;
    const [author] = await cluster.users(1);
    const { campaignId } = await cluster.approvedStory(author.id);
    const bytes = await jpegWithGps();
    const photoIds: string[] = [];
    for (let i = 0; i < 6; i++) {
      const grant = await gql(
        a.baseUrl,
        `mutation ($input: PhotoUploadInput!) { requestPhotoUpload(input: $input) { photo { id } uploadUrl uploadHeaders { name value } } }`,
        { input: { filename: `p${i}.jpg`, contentType: 'image/jpeg', byteSize: bytes.length } },
        author.token,
      );
      const { photo, uploadUrl, uploadHeaders } = grant.data!.requestPhotoUpload;
      const put = await fetch(uploadUrl, { method: 'PUT', headers: Object.fromEntries(uploadHeaders.map((h: { name: string; value: string }) => [h.name, h.value])), body: bytes });
      expect(put.status).toBe(200);
      photoIds.push(photo.id);
    }
    const submitted = await gql(
      b.baseUrl,
      `mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { id } }`,
      { input: { campaignId, title: 'Six photos', body: 'Processed once each', photoIds, grantUsageRights: false } },
      author.token,
    );
    expect(submitted.errors).toBeUndefined();
    await eventually(async () => {
      const { rows } = await cluster.db.query(`SELECT count(*)::int AS n FROM photos WHERE id = ANY($1) AND status = 'READY'`, [photoIds]);
      return rows[0].n === 6;
    }, 30_000);
    // A job counts as completed only once its processor has returned, a moment after the photo
    // row turned READY: wait for the queue's own state, which is what is asserted.
    const connection = new IORedis(REAL_REDIS_URL!, { maxRetriesPerRequest: null });
    const queue = new Queue('photo.process', { connection, prefix: `${cluster.prefix}-jobs` });
    try {
      const completedOfMine = async () => (await queue.getJobs(['completed'])).filter((job) => photoIds.includes(job.data.photoId));
      await waitFor(async () => (await completedOfMine()).length >= 6, { timeout: 30_000, interval: 100, what: 'six completed photo jobs' });
      const mine = await completedOfMine();
      expect(mine).toHaveLength(6);
      expect(new Set(mine.map((job) => job.data.photoId)).size).toBe(6);
      expect(mine.every((job) => job.attemptsMade <= 1)).toBe(true);
      expect(await queue.getJobs(['failed', 'active', 'waiting', 'delayed'])).toEqual([]);
    } finally {
      await queue.close();
      await connection.quit();
    }
  }, 60_000);

  it('loses no acknowledged write when an instance is stopped in the middle of traffic', async () => {
    const victim = await cluster.startInstance({ RATE_LIMITS: 'off' });
    const [, survivor] = cluster.instances;
    const [author, ...people] = await cluster.users(9);
    const { storyId } = await cluster.approvedStory(author.id);
    const acknowledged: string[] = [];
    let refused = 0;
    let stopping = false;
    const writer = async (person: { token: string }, n: number) => {
      for (let i = 0; ; i++) {
        const target = stopping ? survivor : victim;
        try {
          const result = await gql(target.baseUrl, `mutation ($id: ID!, $body: String!) { addComment(storyId: $id, body: $body) { id } }`, { id: storyId, body: `writer ${n} comment ${i}` }, person.token);
          if (result.data?.addComment) acknowledged.push(result.data.addComment.id);
          else refused++;
        } catch {
          refused++; // connection refused or reset: the client retries elsewhere
        }
        if (target === survivor) return;
      }
    };
    const writers = people.map((person, n) => writer(person, n));
    // Stop it once traffic is really flowing through it: some writes already acknowledged.
    await waitFor(() => acknowledged.length >= people.length, { timeout: 20_000, interval: 10, what: 'writes acknowledged by the victim' });
    const exit = victim.stop();
    stopping = true;
    expect(await exit).toBe(0);
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThan(people.length);
    const { rows } = await cluster.db.query(`SELECT id FROM comments WHERE id = ANY($1)`, [acknowledged]);
    expect(rows).toHaveLength(acknowledged.length);
    expect(refused).toBeGreaterThanOrEqual(0);
  }, 60_000);
});

withServers('readiness while a dependency is away', () => {
  let t: TestApp;
  let redisProxy: TcpProxy;
  let databaseProxy: TcpProxy;
  let scratch: { url: string; drop: () => Promise<void> };
  const prefix = `t${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    scratch = await createScratchDatabase(REAL_POSTGRES_URL!, { migrated: true });
    redisProxy = await TcpProxy.start(REAL_REDIS_URL!);
    databaseProxy = await TcpProxy.start(scratch.url);
    t = await startTestApp({
      env: { DATABASE_URL: databaseProxy.via(scratch.url), REDIS_URL: redisProxy.via(REAL_REDIS_URL!), REDIS_KEY_PREFIX: prefix },
    });
  });
  afterAll(async () => {
    await t.close();
    await redisProxy.cut();
    await databaseProxy.cut();
    await scratch.drop();
    await deleteRedisKeys(prefix);
  });

  const readyz = async () => (await request(t.baseUrl).get('/readyz')).status;
  // Where each test starts. Waited for, not taken from one answer: /readyz gives the database 2 s,
  // and on a loaded machine the first check through the proxies has taken longer.
  const untilReady = () => eventually(async () => (await readyz()) === 200, 15_000, '/readyz to answer 200');

  it('stays ready but reports Redis as degraded while it is unreachable, and recovers by itself', async () => {
    const body = async () => (await request(t.baseUrl).get('/readyz')).body as { status: string; checks: Record<string, string> };
    await untilReady();
    await redisProxy.cut();
    await eventually(async () => (await body()).checks.redis === 'unreachable');
    expect(await readyz()).toBe(200);
    expect((await body()).status).toBe('degraded');
    await redisProxy.restore();
    await eventually(async () => (await body()).status === 'ready');
  });

  it('reports not ready while the database is unreachable, and recovers by itself', async () => {
    await untilReady();
    await databaseProxy.cut();
    await eventually(async () => (await readyz()) === 503);
    await databaseProxy.restore();
    await eventually(async () => (await readyz()) === 200);
    expect((await request(t.baseUrl).get('/healthz')).status).toBe(200);
  });
});
