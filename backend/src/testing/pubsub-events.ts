import { PubSubEngine } from 'graphql-subscriptions';
import type { TestApp } from './test-app';

/** Every payload published on `topic` while `action` runs, in order. */
export async function eventsDuring(t: TestApp, topic: string, action: () => Promise<unknown>): Promise<unknown[]> {
  const pubsub = t.app.get(PubSubEngine);
  const events: unknown[] = [];
  const subscription = await pubsub.subscribe(topic, (payload: unknown) => events.push(payload), {});
  try {
    await action();
    // The in-process PubSub delivers on a later tick.
    await new Promise((resolve) => setImmediate(resolve));
    return events;
  } finally {
    pubsub.unsubscribe(subscription);
  }
}
