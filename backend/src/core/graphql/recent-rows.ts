import type { ApolloServerPlugin } from '@apollo/server';
import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ReadReplica } from '../database/read-replica';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from './request-context';
import type { LoaderFactory } from './request-loaders';

/** Distinct rows an instance keeps of one kind (a story's counts, a user, a feed page). */
const MAX_ROWS = 20_000;

/**
 * Rows that every viewer sees alike (a story's counts and photos, an author's profile, which
 * stories a feed page holds), shared by the queries of one instance for a moment
 * (RECENT_READS_MS, 1 s by default). The Double 11 crowd reads the same few pages: a thousand
 * signed-in readers a second of one feed page then cost one set of its queries a second, plus
 * each reader's own part (viewerHasLiked, which is never shared). Concurrent misses share one
 * read.
 *
 * Only GraphQL queries over HTTP read through it (`recentReadsForQueries`): a mutation's answer
 * and a subscription's event read the database, so what someone just did is what they are
 * shown. A write on this instance forgets what it changed (`forget`); one on another instance
 * shows here within the moment. 0 turns it off (the tests, but the one that covers it).
 */
export class RecentRows<V> {
  private readonly entries: LRUCache<string, { value: Promise<V> }> | null;

  constructor(ttlMs: number) {
    this.entries = ttlMs > 0 ? new LRUCache({ max: MAX_ROWS, ttl: ttlMs }) : null;
  }

  /** The row under `key`: the one read within the moment, or `read()`'s, shared with concurrent callers. */
  get(key: string, read: () => Promise<V>): Promise<V> {
    if (!this.entries) return read();
    const held = this.entries.get(key);
    if (held) return held.value;
    const value = read();
    this.remember(key, value);
    return value;
  }

  /**
   * A DataLoader batch function that reads through these rows: the keys not held go to `batch`
   * in one call. Keys are ids, so they are the cache keys.
   */
  through(batch: (keys: readonly string[]) => Promise<readonly V[]>): (keys: readonly string[]) => Promise<V[]> {
    return async (keys) => {
      const entries = this.entries;
      if (!entries) return [...(await batch(keys))];
      const missing = keys.filter((key) => !entries.has(key));
      const read = new Map<string, Promise<V>>();
      if (missing.length) {
        const rows = batch(missing);
        missing.forEach((key, index) => {
          const value = rows.then((values) => values[index]);
          read.set(key, value);
          this.remember(key, value);
        });
      }
      // (A row that expired between the two lines is read again on its own.)
      return Promise.all(keys.map((key) => read.get(key) ?? entries.get(key)?.value ?? batch([key]).then((values) => values[0])));
    };
  }

  /** A write changed the row: the next query reads it afresh. */
  forget(key: string): void {
    this.entries?.delete(key);
  }

  /** Every row (e.g. every feed page, after a story left or joined them). */
  forgetAll(): void {
    this.entries?.clear();
  }

  private remember(key: string, value: Promise<V>): void {
    const entries = this.entries!;
    const entry = { value };
    entries.set(key, entry);
    // A failed read is not kept: the next caller tries again. Only this read's own entry goes
    // (a write may have forgotten it and a newer read replaced it meanwhile).
    value.catch(() => {
      if (entries.peek(key) === entry) entries.delete(key);
    });
  }
}

/**
 * A loader of rows by id that every viewer sees alike: queries read through RecentRows, from the
 * read replica when there is one; others (mutations, subscription events, background work)
 * read the primary every time. A subclass needs no constructor of its own (Nest injects this one).
 */
@Injectable()
export abstract class RecentRowsLoader<V> implements LoaderFactory<string, V> {
  protected readonly recentRows: RecentRows<V>;

  constructor(
    private readonly databases: ReadReplica,
    config: AppConfig,
  ) {
    this.recentRows = new RecentRows(config.RECENT_READS_MS);
  }

  create(viewer: Viewer | null = null, recent = false): DataLoader<string, V> {
    const rows = recent
      ? this.recentRows.through((ids) => this.read(ids, this.databases.dataSource))
      : (ids: readonly string[]) => this.read(ids, this.databases.primary);
    return new DataLoader<string, V>(async (ids) => (await rows(ids)).map((row) => this.seenBy(viewer, row)));
  }

  /** One row as a query may show it, outside any request's loaders. */
  recent(id: string): Promise<V> {
    return this.recentRows.get(id, async () => (await this.read([id], this.databases.dataSource))[0]);
  }

  /** The row was changed: the next query reads it afresh. */
  forget(id: string): void {
    this.recentRows.forget(id);
  }

  /** The rows of `ids`, in their order, read from `db`. */
  protected abstract read(ids: readonly string[], db: DataSource): Promise<V[]>;

  /** What of a row this viewer gets (a rule applied per request, after the shared read). */
  protected seenBy(_viewer: Viewer | null, row: V): V {
    return row;
  }
}

/** Marks each HTTP query's loaders as allowed to read RecentRows; mutations keep reading the database. */
export function recentReadsForQueries(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'query') contextValue.loaders.readRecent();
        },
      };
    },
  };
}
