import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { GqlResult, TestApp, TestUser } from './test-app';
import { waitFor } from './wait-for';

/** How a socket ended, as the client saw it. */
export interface SocketClose {
  code: number;
  reason: string;
}

/** One graphql-ws connection to the app, as the web app opens it (the token in connection_init). */
export interface TestSocket {
  client: Client;
  /** One query or mutation over the socket, answered like `t.gql` (status is always 200: there is none). */
  run<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** A subscription whose results collect in `results`; `ended` is set when the server stops it. */
  subscribe(query: string, variables?: Record<string, unknown>): LiveSubscription;
  /** Set once the socket has closed. */
  closed(): SocketClose | undefined;
  /** Waits until the socket has closed. */
  untilClosed(timeoutMs?: number): Promise<SocketClose>;
  dispose(): Promise<void>;
}

export interface LiveSubscription {
  results: GqlResult[];
  ended?: 'complete' | { errors: GqlResult['errors'] } | unknown;
  stop(): void;
}

/**
 * The code a subscription was refused with: graphql-ws sends refusals before execution (the
 * front door, the socket's limits) as an `error` message, and errors of the subscribe resolver
 * itself (FORBIDDEN, NOT_FOUND) as a `next` with errors followed by `complete`.
 */
export function refusalCode(live: LiveSubscription): string | undefined {
  const ended = live.ended as { errors?: GqlResult['errors'] } | undefined;
  return ended?.errors?.[0]?.extensions?.code ?? live.results[0]?.errors?.[0]?.extensions?.code;
}

export function openSocket(t: Pick<TestApp, 'baseUrl'>, as?: TestUser | string, options: { headers?: Record<string, string> } = {}): TestSocket {
  const token = typeof as === 'string' ? as : as?.token;
  let closeEvent: SocketClose | undefined;
  const client = createClient({
    url: `${t.baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: options.headers });
      }
    },
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => (closeEvent = { code: (event as { code: number }).code, reason: String((event as { reason?: unknown }).reason ?? '') }) },
    onNonLazyError: () => undefined,
  });
  return {
    client,
    run: <T>(query: string, variables?: Record<string, unknown>) =>
      new Promise<GqlResult<T>>((resolve) => {
        let result: GqlResult<T> | undefined;
        client.subscribe<T>(
          { query, variables },
          {
            next: (value) => (result = { status: 200, data: value.data as T, errors: value.errors as GqlResult['errors'] }),
            error: (error) => resolve({ status: 200, errors: Array.isArray(error) ? error : [{ message: String((error as Error)?.message ?? error), extensions: { code: 'SOCKET_CLOSED' } }] }),
            complete: () => resolve(result ?? { status: 200 }),
          },
        );
      }),
    subscribe: (query, variables) => {
      const live: LiveSubscription = { results: [], stop: () => undefined };
      live.stop = client.subscribe(
        { query, variables },
        {
          next: (value) => live.results.push({ status: 200, data: value.data as Record<string, any>, errors: value.errors as GqlResult['errors'] }),
          error: (error) => (live.ended = Array.isArray(error) ? { errors: error } : error),
          complete: () => (live.ended ??= 'complete'),
        },
      );
      return live;
    },
    closed: () => closeEvent,
    untilClosed: async (timeoutMs = 10_000) => {
      await waitFor(() => closeEvent, { timeout: timeoutMs, what: 'the socket to close' });
      return closeEvent!;
    },
    dispose: async () => {
      await client.dispose();
    },
  };
}

/** One operation over a fresh socket, then closed: the websocket twin of `t.gql`. */
export async function gqlOverSocket<T = Record<string, any>>(t: Pick<TestApp, 'baseUrl'>, query: string, variables?: Record<string, unknown>, as?: TestUser | string): Promise<GqlResult<T>> {
  const socket = openSocket(t, as);
  try {
    return await socket.run<T>(query, variables);
  } finally {
    await socket.dispose();
  }
}
