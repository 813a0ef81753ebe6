import { PubSubEngine } from 'graphql-subscriptions';
import type { TestApp } from './test-app';
import { waitFor } from './wait-for';

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

export interface SubscriberWatch {
  /** Live subscriptions on `topic` in this app (registered with its PubSub, not yet ended). */
  count(topic: string): number;
  /** Resolves once `topic` has at least `atLeast` live subscriptions. */
  until(topic: string, atLeast?: number, timeout?: number): Promise<void>;
}

/**
 * Follows the app's PubSub registrations, so that a test acts only once a client's
 * subscription is really listening (the server has checked it and subscribed to its topic).
 * A websocket client hears nothing back when a subscription starts: without this, a test can
 * only sleep and hope. Call it before the clients subscribe.
 */
export function watchSubscribers(t: TestApp): SubscriberWatch {
  const pubsub = t.app.get(PubSubEngine);
  const live = new Map<number, string>();
  const subscribe = pubsub.subscribe.bind(pubsub);
  const unsubscribe = pubsub.unsubscribe.bind(pubsub);
  pubsub.subscribe = async (trigger, onMessage, options) => {
    const id = await subscribe(trigger, onMessage, options);
    live.set(id, trigger);
    return id;
  };
  pubsub.unsubscribe = (id) => {
    live.delete(id);
    unsubscribe(id);
  };
  const count = (topic: string) => [...live.values()].filter((trigger) => trigger === topic).length;
  return {
    count,
    until: (topic, atLeast = 1, timeout = 10_000) =>
      waitFor(() => count(topic) >= atLeast, { timeout, interval: 10, what: `${atLeast} subscriber(s) on ${topic}` }).then(() => undefined),
  };
}
