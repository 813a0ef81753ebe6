import type { PubSubEngine } from 'graphql-subscriptions';
import type { EntityManager } from 'typeorm';

/** At most this many missed events are replayed to a reconnecting subscriber. */
export const MAX_REPLAYED_EVENTS = 200;

/**
 * A subscription a client can resume: it says the last event it saw (`after`), and gets first
 * what it missed, then what happens next, each event once and in order, whichever instance it
 * reconnects to. What it missed is read from where the events' rows live (comments,
 * notifications are rows), so nothing is lost to a reconnect or a Redis blip.
 *
 * The live subscription is made (and, on Redis, confirmed) before the missed rows are read, so an
 * event committed meanwhile is in one or the other; one in both is delivered once.
 */
export async function resumableIterator<T>(
  pubsub: PubSubEngine,
  topic: string,
  options: { missed: () => Promise<T[]>; key: (event: T) => string },
): Promise<AsyncIterableIterator<T>> {
  const queue: T[] = [];
  const waiting: ((result: IteratorResult<T>) => void)[] = [];
  let done = false;
  const push = (event: T) => {
    const next = waiting.shift();
    if (next) next({ value: event, done: false });
    else queue.push(event);
  };
  let replayed = new Set<string>();
  const subscriptionId = await pubsub.subscribe(topic, (event: T) => {
    if (done) return;
    const key = options.key(event);
    if (replayed.delete(key)) return;
    push(event);
  }, {});
  let missed: T[];
  try {
    missed = await options.missed();
  } catch (error) {
    pubsub.unsubscribe(subscriptionId);
    throw error;
  }
  // Live events that arrived while reading are already queued: drop those the replay delivers,
  // and put the replay first.
  const missedKeys = new Set(missed.map(options.key));
  const arrived = queue.splice(0).filter((event) => !missedKeys.delete(options.key(event)));
  replayed = missedKeys;
  queue.push(...missed, ...arrived);

  const finish = (): Promise<IteratorResult<T>> => {
    if (!done) {
      done = true;
      pubsub.unsubscribe(subscriptionId);
      for (const next of waiting.splice(0)) next({ value: undefined, done: true });
      queue.length = 0;
    }
    return Promise.resolve({ value: undefined, done: true });
  };
  const iterator: AsyncIterableIterator<T> = {
    next: () => {
      if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: finish,
    throw: (error: unknown) => {
      void finish();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/**
 * What a resuming subscriber missed when its events are rows: the ids of `table`'s rows of one
 * owner (`ownerColumn` = `ownerId`) created after the row `afterId`, oldest first (keyset on
 * created_at, id). Nothing when `afterId` is not that owner's row.
 */
export async function idsAddedAfter(
  manager: EntityManager,
  source: { table: string; ownerColumn: string },
  ownerId: string,
  afterId: string,
): Promise<string[]> {
  const { table, ownerColumn } = source;
  const rows: { id: string }[] = await manager.query(
    `SELECT r.id FROM ${table} r, (SELECT created_at, id FROM ${table} WHERE id = $2 AND ${ownerColumn} = $1) seen
      WHERE r.${ownerColumn} = $1 AND (r.created_at, r.id) > (seen.created_at, seen.id)
      ORDER BY r.created_at, r.id LIMIT ${MAX_REPLAYED_EVENTS}`,
    [ownerId, afterId],
  );
  return rows.map((row) => row.id);
}
