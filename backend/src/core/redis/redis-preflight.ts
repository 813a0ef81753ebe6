import Redis from 'ioredis';

/**
 * Before anything else starts, checks that REDIS_URL answers. Without this the server would come
 * up half-way (BullMQ and the pub/sub retry forever) and sit at 503; an operator needs one clear
 * line and a non-zero exit instead, so that the orchestrator reports and restarts it.
 */
export async function assertRedisReachable(url: string, timeoutMs = 10_000): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined); // reported below, once
  const where = describe(url);
  try {
    await withTimeout(redis.connect().then(() => redis.ping()), timeoutMs);
  } catch (error) {
    throw new Error(`Cannot reach Redis at REDIS_URL=${where}: ${(error as Error).message || 'no answer'}`);
  } finally {
    redis.disconnect();
  }
}

/** The URL without its password, which must never reach a log. */
function describe(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable)';
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([work, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms / 1000}s`)), ms).unref())]);
}
