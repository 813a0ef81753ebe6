import type { Client, FormattedExecutionResult, Sink, SubscribePayload } from 'graphql-ws';

/**
 * Subscriptions that can resume take `$after: ID`, the id of the last event the client saw. The
 * server then sends what was missed first, then what happens next (each once, in order). graphql-ws
 * sends the same payload again whenever it reconnects, so keeping the last id seen in the
 * payload's variables is all a reconnect needs: the resubscription asks for what came after it,
 * on whichever instance it lands.
 */
export function resumingSubscriptions(client: Client): Client {
  return {
    ...client,
    subscribe<Data = Record<string, unknown>, Extensions = unknown>(payload: SubscribePayload, sink: Sink<FormattedExecutionResult<Data, Extensions>>) {
      if (!declaresAfter(payload.query)) return client.subscribe(payload, sink);
      // Our own copy: Apollo's variables stay as Apollo made them.
      const resumable: SubscribePayload = { ...payload, variables: { ...payload.variables } };
      return client.subscribe<Data, Extensions>(resumable, {
        ...sink,
        next: (result) => {
          const id = rootId(result.data);
          if (id) resumable.variables!.after = id;
          sink.next(result);
        },
      });
    },
  };
}

const declaresAfter = (query: string): boolean => /^\s*subscription\b[^{]*\$after\s*:/.test(query);

/** The id of the single root field's object: the event's own id (a comment's, a notification's). */
function rootId(data: unknown): string | null {
  if (!data || typeof data !== 'object') return null;
  const [root] = Object.values(data as Record<string, unknown>);
  const id = root && typeof root === 'object' ? (root as { id?: unknown }).id : null;
  return typeof id === 'string' ? id : null;
}
