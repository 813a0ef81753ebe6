import { DATABASES, startTestApp, TestApp } from './test-app';
import { deleteRedisKeys, REAL_REDIS_URL } from './test-redis';

/** `describe` where a real PostgreSQL and Redis are configured, else `describe.skip`. */
export const withPostgresAndRedis = REAL_REDIS_URL && DATABASES.some((d) => d.onRealPostgres) ? describe : describe.skip;

export interface InstancePair {
  a: TestApp;
  b: TestApp;
}

/**
 * Two instances of the app on one real PostgreSQL database and one Redis (under a key prefix of
 * their own), as a deployment runs them: started before the suite's tests, closed after. Call
 * inside `withPostgresAndRedis(...)`; read `a` and `b` in the tests.
 */
export function twoInstances(label: string): InstancePair {
  const prefix = `t${label}${Date.now().toString(36)}`;
  const pair = {} as InstancePair;
  beforeAll(async () => {
    pair.a = await startTestApp({ onRealPostgres: true, env: { REDIS_URL: REAL_REDIS_URL!, REDIS_KEY_PREFIX: prefix } });
    const url = (pair.a.dataSource.options as { url: string }).url;
    pair.b = await startTestApp({ env: { DATABASE_URL: url, REDIS_URL: REAL_REDIS_URL!, REDIS_KEY_PREFIX: prefix } });
  });
  afterAll(async () => {
    await pair.b?.close();
    await pair.a?.close();
    await deleteRedisKeys(prefix);
  });
  return pair;
}
