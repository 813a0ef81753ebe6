import { PubSub } from 'graphql-subscriptions';
import { resumableIterator } from './resumable';

interface Event {
  id: string;
}

const take = async (iterator: AsyncIterableIterator<Event>, n: number) => {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await iterator.next()).value.id);
  return ids;
};

describe('resumableIterator', () => {
  it('delivers the missed events first, then live ones, each once, even when one is both', async () => {
    const pubsub = new PubSub();
    const iterator = await resumableIterator<Event>(pubsub, 'topic', {
      key: (event) => event.id,
      // While the missed rows are read, one of them is also published, and a newer one arrives.
      missed: async () => {
        await pubsub.publish('topic', { id: 'b' });
        await pubsub.publish('topic', { id: 'c' });
        await new Promise((resolve) => setImmediate(resolve));
        return [{ id: 'a' }, { id: 'b' }];
      },
    });
    await pubsub.publish('topic', { id: 'a' }); // published late: already replayed
    await pubsub.publish('topic', { id: 'd' });
    expect(await take(iterator, 4)).toEqual(['a', 'b', 'c', 'd']);
    await iterator.return!();
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });

  it('ends a waiting reader when the subscription is stopped, and stops listening', async () => {
    const pubsub = new PubSub();
    const iterator = await resumableIterator<Event>(pubsub, 'topic', { key: (event) => event.id, missed: async () => [] });
    const waiting = iterator.next();
    await iterator.return!();
    expect(await waiting).toEqual({ value: undefined, done: true });
    await pubsub.publish('topic', { id: 'x' });
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });

  it('stops listening when the missed events cannot be read', async () => {
    const pubsub = new PubSub();
    const unsubscribe = jest.spyOn(pubsub, 'unsubscribe');
    await expect(resumableIterator<Event>(pubsub, 'topic', { key: (event) => event.id, missed: () => Promise.reject(new Error('down')) })).rejects.toThrow('down');
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });
});
