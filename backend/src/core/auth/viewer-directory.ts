import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { LRUCache } from 'lru-cache';
import { Topics, ViewerChangedEvent } from '../pubsub/topics';
import { Viewer, ViewerLookup } from './viewer';

/**
 * How long an instance may answer "who is this?" from memory. A change made through the app
 * (role, suspension, sign-out, deletion) is announced and applies at once on every instance;
 * this bound covers only what nobody announces (a suspension that simply runs out).
 */
const VIEWER_TTL_MS = 5_000;
const MAX_CACHED_VIEWERS = 50_000;

type ViewerListener = (userId: string) => void;

/**
 * The viewer behind a token, read through a short per-instance cache so that a feed request
 * does not cost a users query. `changed(userId)` forgets a user on every instance (through the
 * pub/sub engine: Redis when configured) and tells listeners, such as the websocket gate, which
 * re-checks that user's open sockets.
 */
@Injectable()
export class ViewerDirectory implements OnModuleInit, OnModuleDestroy {
  private readonly cache = new LRUCache<string, { viewer: Viewer | null }>({ max: MAX_CACHED_VIEWERS, ttl: VIEWER_TTL_MS });
  private readonly loading = new Map<string, Promise<Viewer | null>>();
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

  /** The viewer as the accounts domain has them now (at most VIEWER_TTL_MS old), or null when the account is gone. */
  async find(userId: string): Promise<Viewer | null> {
    const cached = this.cache.get(userId);
    if (cached) return cached.viewer;
    // Concurrent requests of one user share one read; a read overtaken by a change is not kept.
    let pending = this.loading.get(userId);
    if (!pending) {
      const read: Promise<Viewer | null> = this.lookup.findViewer(userId).then(
        (viewer) => {
          if (this.loading.get(userId) === read) this.cache.set(userId, { viewer });
          return viewer;
        },
      ).finally(() => {
        if (this.loading.get(userId) === read) this.loading.delete(userId);
      });
      this.loading.set(userId, read);
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
    this.cache.delete(userId);
    this.loading.delete(userId);
    for (const listener of this.listeners) listener(userId);
  }
}
