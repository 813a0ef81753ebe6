import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer';

/**
 * A loader definition lives beside its domain (`user-by-id.loader.ts`) as an injectable with a
 * `create` method. A resolver injects the factories it uses (so its module must import the
 * module that exports them: dependencies stay visible) and asks the request for the loader;
 * RequestLoaders makes at most one DataLoader per factory per request, so every field in a list
 * batches into the same query.
 *
 * `recent` says the request is a query, which may read rows every viewer sees alike through
 * the factory's RecentRows (recent-rows.ts); a mutation or a subscription event reads afresh.
 */
export interface LoaderFactory<K, V> {
  create(viewer: Viewer | null, recent: boolean): DataLoader<K, V>;
}

export class RequestLoaders {
  private readonly loaders = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();
  /** Values prefetched for a page (PagePrefetch), per factory: fields read them without a promise. */
  private readonly held = new Map<LoaderFactory<unknown, unknown>, Map<unknown, unknown>>();
  private recent = false;

  constructor(private readonly viewer: Viewer | null) {}

  /** The request is a query (recentReadsForQueries): loaders made from now on may read recent rows. */
  readRecent(): void {
    this.recent = true;
  }

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = factory.create(this.viewer, this.recent) as DataLoader<unknown, unknown>;
      this.loaders.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /**
   * Loads `keys` (one batch, as any load) and holds the values for `now`: a page's fields then
   * resolve without a promise each, which is most of what graphql-js spends on a list.
   */
  async prefetch<K, V>(factory: LoaderFactory<K, V>, keys: readonly K[]): Promise<V[]> {
    // A page names the same author or campaign many times: each key once.
    keys = [...new Set(keys)];
    const values = await this.get(factory).loadMany(keys);
    let held = this.held.get(factory as LoaderFactory<unknown, unknown>);
    if (!held) this.held.set(factory as LoaderFactory<unknown, unknown>, (held = new Map()));
    const loaded: V[] = [];
    keys.forEach((key, i) => {
      const value = values[i];
      if (value instanceof Error) return;
      held.set(key, value);
      loaded.push(value);
    });
    return loaded;
  }

  /** The value a prefetch holds for `key`, or else the loader's promise of it. */
  now<K, V>(factory: LoaderFactory<K, V>, key: K): V | Promise<V> {
    const held = this.held.get(factory as LoaderFactory<unknown, unknown>);
    return held?.has(key) ? (held.get(key) as V) : this.get(factory).load(key);
  }

  /** A fresh set for the same viewer: each websocket event is read like a new request. */
  renewed(): RequestLoaders {
    return new RequestLoaders(this.viewer);
  }
}

/** Orders batch results to match the keys, as DataLoader requires; missing keys get `fallback`. */
export function inKeyOrder<K, V, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K, valueOf: (row: R) => V, fallback: V): V[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), valueOf(row));
  return keys.map((key) => (byKey.has(key) ? byKey.get(key)! : fallback));
}

/** `fn` of a value that may still be coming (RequestLoaders.now): at once when it is there. */
export function whenLoaded<V, R>(value: V | Promise<V>, fn: (value: V) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}
