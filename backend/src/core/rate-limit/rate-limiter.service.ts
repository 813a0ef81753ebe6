import { Injectable, Logger } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { RateLimitedError } from '../errors/app-errors';
import { Metrics } from '../metrics/metrics';
import { RedisConnections } from '../redis/redis.module';

/** How many actions of one kind a key (a user, an IP, an account) may take per window. */
export interface RateLimitPolicy {
  name: string;
  points: number;
  windowSeconds: number;
}

/**
 * Per-user / per-IP limits, counted in process by default and in Redis when REDIS_URL is set,
 * so that many instances share one count. rate-limiter-flexible does the counting.
 */
@Injectable()
export class RateLimiter {
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  /**
   * Above 0 while the server itself acts for people (the demo seed), which no limit is meant for.
   * A plain count, not an AsyncLocalStorage: one of those turns on promise hooks for every
   * promise of the process from then on, a few per cent of every request.
   */
  private unlimitedWork = 0;
  private readonly logger = new Logger(RateLimiter.name);
  private lastFallbackWarning = 0;

  /**
   * Runs `work` with no limits counted or enforced anywhere in the process, for the server's own
   * bulk work before it serves anyone (the demo seed runs at bootstrap, before the port opens).
   */
  async withoutLimits<T>(work: () => Promise<T>): Promise<T> {
    this.unlimitedWork++;
    try {
      return await work();
    } finally {
      this.unlimitedWork--;
    }
  }

  private get enabled(): boolean {
    return this.config.rateLimitsEnabled && this.unlimitedWork === 0;
  }

  constructor(
    private readonly config: AppConfig,
    private readonly redis: RedisConnections,
    private readonly metrics: Metrics,
  ) {}

  /** Counts one action; RATE_LIMITED (with the wait) once the window's points are spent. */
  async consume(policy: RateLimitPolicy, key: string): Promise<void> {
    if (!this.enabled) return;
    try {
      await this.limiter(policy).consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) this.metrics.rateLimited(policy.name);
      throw this.toError(rejection);
    }
  }

  /** Gives back one point taken by `consume` (an attempt that turned out to be honest, such as a correct password). */
  async refund(policy: RateLimitPolicy, key: string): Promise<void> {
    if (!this.enabled) return;
    await this.limiter(policy).reward(key, 1);
  }

  async reset(policy: RateLimitPolicy, key: string): Promise<void> {
    await this.limiter(policy).delete(key);
  }

  private limiter(policy: RateLimitPolicy): RateLimiterAbstract {
    this.warnIfFallingBack();
    let limiter = this.limiters.get(policy.name);
    if (!limiter) {
      const options = { keyPrefix: `${this.redis.prefix}:rl:${policy.name}`, points: policy.points, duration: policy.windowSeconds };
      limiter = this.redis.client
        ? new RateLimiterRedis({
            ...options,
            storeClient: this.redis.client,
            useRedisPackage: false,
            // Redis lost: count in this instance's memory rather than fail the action (likes,
            // comments, logins) or wait for Redis. Each instance then allows its own full budget,
            // which is looser but bounded, and shared counting resumes when Redis answers.
            rejectIfRedisNotReady: true,
            insuranceLimiter: new RateLimiterMemory(options),
          })
        : new RateLimiterMemory(options);
      this.limiters.set(policy.name, limiter);
    }
    return limiter;
  }

  /** One warning a minute while the per-instance fallback counts. */
  private warnIfFallingBack(): void {
    const client = this.redis.client;
    if (!client || client.status === 'ready') return;
    const now = Date.now();
    if (now - this.lastFallbackWarning < 60_000) return;
    this.lastFallbackWarning = now;
    this.logger.warn(`Redis is ${client.status}: rate limits are counted per instance, in memory, until it answers again`);
  }

  private toError(rejection: unknown): Error {
    if (rejection instanceof RateLimiterRes) {
      return new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    }
    return rejection instanceof Error ? rejection : new Error(String(rejection));
  }
}
