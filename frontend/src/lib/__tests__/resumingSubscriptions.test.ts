import type { Client, SubscribePayload } from 'graphql-ws';
import { describe, expect, it, vi } from 'vitest';
import { resumingSubscriptions } from '../apollo/resumingSubscriptions';

/** graphql-ws keeps the payload it was given and sends that same object again on every reconnect. */
function recordingClient() {
  const calls: { payload: SubscribePayload; next: (result: unknown) => void }[] = [];
  const client = {
    subscribe: vi.fn((payload: SubscribePayload, sink: { next: (result: unknown) => void }) => {
      calls.push({ payload, next: sink.next });
      return () => undefined;
    }),
  } as unknown as Client;
  return { client, calls };
}

describe('resumingSubscriptions', () => {
  it('resubscribes after a reconnect from the last event seen', () => {
    const { client, calls } = recordingClient();
    const received: unknown[] = [];
    const variables = { storyId: 's1' };
    resumingSubscriptions(client).subscribe(
      { query: 'subscription CommentAdded($storyId: ID!, $after: ID) { commentAdded(storyId: $storyId, after: $after) { id } }', variables },
      { next: (result) => received.push(result), error: () => undefined, complete: () => undefined },
    );
    expect(calls[0].payload.variables).toEqual({ storyId: 's1' });
    calls[0].next({ data: { commentAdded: { id: 'c1' } } });
    calls[0].next({ data: { commentAdded: { id: 'c2' } } });
    // What a reconnect will send again:
    expect(calls[0].payload.variables).toEqual({ storyId: 's1', after: 'c2' });
    expect(received).toHaveLength(2);
    // Apollo's own variables are left alone.
    expect(variables).toEqual({ storyId: 's1' });
  });

  it('leaves subscriptions that cannot resume as they are', () => {
    const { client, calls } = recordingClient();
    const payload = { query: 'subscription ($id: ID!) { storyUpdated(storyId: $id) { id } }', variables: { id: 's1' } };
    resumingSubscriptions(client).subscribe(payload, { next: () => undefined, error: () => undefined, complete: () => undefined });
    calls[0].next({ data: { storyUpdated: { id: 's1' } } });
    expect(calls[0].payload).toBe(payload);
    expect(payload.variables).toEqual({ id: 's1' });
  });
});
