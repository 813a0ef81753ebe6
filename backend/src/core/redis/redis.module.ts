import { Global, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';

/**
 * The Redis connections when REDIS_URL is set; `null` clients otherwise, and every adapter
 * falls back to its in-process default. Subscribing needs a connection of its own.
 */
@Injectable()
export class RedisConnections implements OnApplicationShutdown {
  readonly client: Redis | null;
  private readonly extra: Redis[] = [];
  private readonly logger = new Logger(RedisConnections.name);

  constructor(private readonly config: AppConfig) {
    this.client = config.REDIS_URL ? this.connect('main') : null;
  }

  /** Put in front of every key and channel this app uses in Redis. */
  get prefix(): string {
    return this.config.REDIS_KEY_PREFIX;
  }

  get enabled(): boolean {
    return this.client !== null;
  }

  /** A further connection (pub/sub subscriber, BullMQ worker); closed with the app. */
  duplicate(purpose: string, options: { maxRetriesPerRequest?: number | null } = {}): Redis {
    if (!this.config.REDIS_URL) throw new Error('REDIS_URL is not set');
    const connection = this.connect(purpose, options);
    this.extra.push(connection);
    return connection;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.client, ...this.extra].map((c) => c?.quit().catch(() => c.disconnect())));
  }

  private connect(purpose: string, options: { maxRetriesPerRequest?: number | null } = {}): Redis {
    // A request must never hang on a lost Redis: commands give up after COMMAND_TIMEOUT_MS and
    // are retried once across a reconnect. BullMQ's connections (maxRetriesPerRequest: null)
    // block on purpose and wait for Redis to come back, so they keep no command timeout.
    const blocking = options.maxRetriesPerRequest === null;
    const connection = new Redis(this.config.REDIS_URL!, {
      lazyConnect: false,
      enableOfflineQueue: true,
      connectTimeout: 5000,
      maxRetriesPerRequest: 1,
      ...(blocking ? {} : { commandTimeout: COMMAND_TIMEOUT_MS }),
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
      ...options,
    });
    connection.on('error', (error) => this.logger.warn(`redis (${purpose}): ${error.message}`));
    return connection;
  }
}

/** Far above a healthy Redis's answer time, far below what a person waits for. */
export const COMMAND_TIMEOUT_MS = 1000;

@Global()
@Module({ providers: [RedisConnections], exports: [RedisConnections] })
export class RedisModule {}
