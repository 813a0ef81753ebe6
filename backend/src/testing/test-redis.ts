import { AppConfig, loadConfig } from '../core/config/app-config';
import { RedisConnections } from '../core/redis/redis.module';

/** The machine's real Redis for the Redis suites, when TEST_REDIS_URL is set (always in CI). */
export const REAL_REDIS_URL = process.env.TEST_REDIS_URL || undefined;

/** Runs a suite against real Redis; without it the suite is reported as skipped (the test script fails in CI instead). */
export const describeWithRedis = REAL_REDIS_URL ? describe : describe.skip;

export function redisConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({ NODE_ENV: 'test', REDIS_URL: REAL_REDIS_URL, ...env });
}

export function redisConnections(env: Record<string, string> = {}): RedisConnections {
  return new RedisConnections(redisConfig(env));
}

/** Removes every key under `prefix`, so test runs leave the shared Redis as they found it. */
export async function deleteRedisKeys(prefix: string): Promise<void> {
  if (!REAL_REDIS_URL) return;
  const { default: Redis } = await import('ioredis');
  const redis = new Redis(REAL_REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}
