import { Injectable, Logger } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { randomUUID } from 'node:crypto';
import { RedisConnections } from '../../../core/redis/redis.module';

/** An order of story ids as it stood when a reader opened a TOP or HOT feed. */
export interface FeedSnapshot {
  id: string;
  /** `<campaign id>:<sort>`: a cursor is only good for the feed it came from. */
  feed: string;
  ids: string[];
}

/** Long enough to scroll a feed through a coffee break; a reader who comes back later starts at the top. */
const SNAPSHOT_TTL_SECONDS = 30 * 60;
/** Readers opening the same feed within this many seconds share one snapshot. */
export const SNAPSHOT_REUSE_SECONDS = 5;
/** Memory the in-process store may use (a 1,000-story snapshot takes about 40 KB). */
const MEMORY_BYTES = 64 * 1024 * 1024;

/**
 * Where TOP/HOT snapshots live, so that reading a feed never writes to the database (which can
 * then be a read replica, and is not written to by the Double 11 crowd scrolling). In process by
 * default; in Redis when it is configured, so a cursor from one instance works on every other.
 * A snapshot that expired or was evicted reads as null: the reader is asked to start again.
 */
@Injectable()
export class FeedSnapshots {
  private readonly logger = new Logger(FeedSnapshots.name);
  private readonly memory = new LRUCache<string, FeedSnapshot>({
    maxSize: MEMORY_BYTES,
    sizeCalculation: (snapshot) => 64 + snapshot.ids.length * 40,
    ttl: SNAPSHOT_TTL_SECONDS * 1000,
  });
  private readonly latest = new LRUCache<string, string>({ max: 10_000, ttl: SNAPSHOT_REUSE_SECONDS * 1000 });

  constructor(private readonly redis: RedisConnections) {}

  /** The feed's snapshot from the last few seconds, or a new one of `take()`. */
  async open(feed: string, take: () => Promise<string[]>): Promise<FeedSnapshot> {
    const recentId = await this.tryRedis(() => this.redis.client!.get(this.key('latest', feed)), () => this.latest.get(feed) ?? null);
    const recent = recentId ? await this.get(recentId) : null;
    if (recent && recent.feed === feed) return recent;
    const snapshot = await this.save(feed, await take());
    await this.tryRedis(
      () => this.redis.client!.set(this.key('latest', feed), snapshot.id, 'EX', SNAPSHOT_REUSE_SECONDS),
      () => void this.latest.set(feed, snapshot.id),
    );
    return snapshot;
  }

  async get(id: string): Promise<FeedSnapshot | null> {
    const stored = await this.tryRedis(() => this.redis.client!.get(this.key('snapshot', id)), () => null);
    if (stored) return JSON.parse(stored) as FeedSnapshot;
    return this.memory.get(id) ?? null;
  }

  async save(feed: string, ids: string[]): Promise<FeedSnapshot> {
    const snapshot = { id: randomUUID(), feed, ids };
    const stored = await this.tryRedis(
      async () => (await this.redis.client!.set(this.key('snapshot', snapshot.id), JSON.stringify(snapshot), 'EX', SNAPSHOT_TTL_SECONDS)) === 'OK',
      () => false,
    );
    if (!stored) this.memory.set(snapshot.id, snapshot);
    return snapshot;
  }

  private key(kind: string, id: string): string {
    return `${this.redis.prefix}:feed-${kind}:${id}`;
  }

  /**
   * Through Redis when there is one; in this instance's memory when there is none or it does not
   * answer (a feed keeps working through a Redis blip; only its cursors stay on this instance).
   */
  private async tryRedis<T>(viaRedis: () => Promise<T>, locally: () => T): Promise<T> {
    if (!this.redis.client) return locally();
    try {
      return await viaRedis();
    } catch (error) {
      this.logger.warn({ err: error }, 'Redis did not answer: feed snapshots are kept in this instance for now');
      return locally();
    }
  }
}
