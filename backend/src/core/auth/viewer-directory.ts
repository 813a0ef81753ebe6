import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { LRUCache } from 'lru-cache';
import { Topics, ViewerChangedEvent } from '../pubsub/topics';
import type { TokenClaims } from './token.service';
import { Viewer, ViewerLookup, ViewerRecord } from './viewer';

/**
 * How long an instance may answer "who is this?" from memory. A change made through the app
 * (role, suspension, sign-out, deletion) is announced and applies at once on every instance;
 * this bound covers only what nobody announces (a suspension that simply runs out).
 */
const VIEWER_TTL_MS = 5_000;
const MAX_CACHED_VIEWERS = 50_000;

type ViewerListener = (userId: string) => void;

/** Who a token names: the user, the session, and (for tokens naming no session) when it was issued. */
export type ViewerKey = Pick<TokenClaims, 'userId' | 'sessionId' | 'issuedAt'>;

/**
 * The viewer behind a token, read per (user, session) through a short per-instance cache so
 * that a feed request does not cost a users query. `changed(userId)` forgets every session of a
 * user on every instance (through the pub/sub engine: Redis when configured) and tells
 * listeners, such as the websocket gate, which re-checks that user's open sockets.
 */
@Injectable()
export class ViewerDirectory implements OnModuleInit, OnModuleDestroy {
  private readonly cache = new LRUCache<string, { record: ViewerRecord | null }>({
    max: MAX_CACHED_VIEWERS,
    ttl: VIEWER_TTL_MS,
    dispose: (_value, key) => this.unindex(key),
  });
  private readonly loading = new Map<string, Promise<ViewerRecord | null>>();
  /** The cache keys (one per session) held for each user, so that a change forgets them all. */
  private readonly keysByUser = new Map<string, Set<string>>();
  private readonly listeners = new Set<ViewerListener>();
  private subscription?: number;

  constructor(
    private readonly lookup: ViewerLookup,
    private readonly pubsub: PubSubEngine,
  ) {}

  async onModuleInit(): Promise<void> {
    this.subscription = await this.pubsub.subscribe(Topics.viewerChanged, (event: ViewerChangedEvent) => this.forget(event.userId), {});
  }

  onModuleDestroy(): void {
    if (this.subscription !== undefined) this.pubsub.unsubscribe(this.subscription);
  }

  /**
   * The viewer as the accounts domain has them now (at most VIEWER_TTL_MS old), or null when
   * the account is gone, the session has ended, or a token naming no session predates the
   * user's "end all sessions".
   */
  async find(key: ViewerKey): Promise<Viewer | null> {
    const record = await this.record(key.userId, key.sessionId);
    if (!record) return null;
    if (!key.sessionId && record.sessionsEndedAt && (!key.issuedAt || key.issuedAt < record.sessionsEndedAt)) return null;
    return record.viewer;
  }

  private async record(userId: string, sessionId: string | null): Promise<ViewerRecord | null> {
    const key = `${userId}|${sessionId ?? ''}`;
    const cached = this.cache.get(key);
    if (cached) return cached.record;
    // Concurrent requests of one session share one read; a read overtaken by a change is not kept.
    let pending = this.loading.get(key);
    if (!pending) {
      const read: Promise<ViewerRecord | null> = this.lookup.findViewer(userId, sessionId).then(
        (record) => {
          if (this.loading.get(key) === read) {
            this.cache.set(key, { record });
            this.index(userId, key);
          }
          return record;
        },
      ).finally(() => {
        if (this.loading.get(key) === read) this.loading.delete(key);
      });
      this.loading.set(key, read);
      this.index(userId, key);
      pending = read;
    }
    return pending;
  }

  /** Call after changing anything a Viewer holds (role, suspension, sessions, deletion): every instance re-reads. */
  async changed(userId: string): Promise<void> {
    this.forget(userId);
    await this.pubsub.publish(Topics.viewerChanged, { userId } satisfies ViewerChangedEvent);
  }

  /** Told of every change, on this instance and the others. */
  onChange(listener: ViewerListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private forget(userId: string): void {
    for (const key of [...(this.keysByUser.get(userId) ?? [])]) {
      this.cache.delete(key);
      this.loading.delete(key);
    }
    this.keysByUser.delete(userId);
    for (const listener of this.listeners) listener(userId);
  }

  private index(userId: string, key: string): void {
    const keys = this.keysByUser.get(userId) ?? new Set<string>();
    keys.add(key);
    this.keysByUser.set(userId, keys);
  }

  private unindex(key: string): void {
    if (this.loading.has(key)) return;
    const userId = key.slice(0, key.indexOf('|'));
    const keys = this.keysByUser.get(userId);
    keys?.delete(key);
    if (keys && !keys.size) this.keysByUser.delete(userId);
  }
}
