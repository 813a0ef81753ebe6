import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AppProcess, startAppProcess } from '../testing/app-process';
import { TcpProxy } from '../testing/tcp-proxy';
import { startTestApp, TestApp } from '../testing/test-app';
import { createScratchDatabase, REAL_POSTGRES_URL } from '../testing/test-database';
import { REAL_REDIS_URL } from '../testing/test-redis';

/**
 * Several instances on one PostgreSQL and one Redis behave as one service. These suites need
 * the real servers; the test script requires them under CI.
 */
const withServers = REAL_POSTGRES_URL && REAL_REDIS_URL ? describe : describe.skip;

const gql = async (baseUrl: string, query: string, variables?: object, token?: string) => {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, any>; errors?: { extensions?: Record<string, any> }[] };
};

async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('condition not met in time');
}

withServers('two instances on PostgreSQL and Redis', () => {
  let scratch: { url: string; drop: () => Promise<void> };
  let instances: AppProcess[];
  const dirs: string[] = [];

  beforeAll(async () => {
    scratch = await createScratchDatabase(REAL_POSTGRES_URL!);
    const env = (dir: string) => ({ DATA_DIR: dir, DATABASE_URL: scratch.url, REDIS_URL: REAL_REDIS_URL! });
    dirs.push(mkdtempSync(join(tmpdir(), 'ugc-a-')), mkdtempSync(join(tmpdir(), 'ugc-b-')));
    instances = await Promise.all(dirs.map((dir) => startAppProcess(env(dir))));
  });
  afterAll(async () => {
    await Promise.all(instances.map((i) => i.stop()));
    await scratch.drop();
    dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('shares rate limits: failed logins spread over both instances count once', async () => {
    const [a, b] = instances;
    const email = `spread-${Date.now()}@example.com`;
    await gql(a.baseUrl, `mutation ($e: String!) { register(input: { email: $e, password: "right-password", displayName: "Spread" }) { accessToken } }`, { e: email });
    const login = (baseUrl: string, n: number) =>
      gql(baseUrl, `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: email, p: `wrong-${n}` });
    for (let n = 0; n < 10; n++) {
      const result = await login(n % 2 ? a.baseUrl : b.baseUrl, n);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await login(a.baseUrl, 10)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect((await login(b.baseUrl, 11)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});

withServers('readiness while a dependency is away', () => {
  let t: TestApp;
  let redisProxy: TcpProxy;
  let databaseProxy: TcpProxy;
  let scratch: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    scratch = await createScratchDatabase(REAL_POSTGRES_URL!);
    redisProxy = await TcpProxy.start(REAL_REDIS_URL!);
    databaseProxy = await TcpProxy.start(scratch.url);
    t = await startTestApp({ env: { DATABASE_URL: databaseProxy.via(scratch.url), REDIS_URL: redisProxy.via(REAL_REDIS_URL!) } });
  });
  afterAll(async () => {
    await t.close();
    await redisProxy.cut();
    await databaseProxy.cut();
    await scratch.drop();
  });

  const readyz = async () => (await request(t.baseUrl).get('/readyz')).status;

  it('reports not ready while Redis is unreachable, and recovers by itself', async () => {
    expect(await readyz()).toBe(200);
    await redisProxy.cut();
    await eventually(async () => (await readyz()) === 503);
    await redisProxy.restore();
    await eventually(async () => (await readyz()) === 200);
  });

  it('reports not ready while the database is unreachable, and recovers by itself', async () => {
    expect(await readyz()).toBe(200);
    await databaseProxy.cut();
    await eventually(async () => (await readyz()) === 503);
    await databaseProxy.restore();
    await eventually(async () => (await readyz()) === 200);
    expect((await request(t.baseUrl).get('/healthz')).status).toBe(200);
  });
});

// Keep the shape of a future instance-level test close at hand.
export { gql as scaleOutGql, eventually };
