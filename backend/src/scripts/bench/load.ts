import autocannon from 'autocannon';

/** What one GraphQL request of a path carries; called once per request, with the connection's slot. */
export type RequestFactory = (connection: number) => { body: unknown; token?: string };

/** One timed run of one path. */
export interface RunResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Connection errors, timeouts, non-2xx answers and GraphQL responses carrying `errors`. */
  errors: number;
  /** The first error seen, to report what blocks a path. */
  firstError?: string;
}

interface ConnectionContext {
  slot?: number;
}

/**
 * Posts GraphQL requests over `connections` keep-alive connections for `durationSeconds`
 * (autocannon), each request built by `build`. Counted runs (`amount`) read every body: a 200
 * answer holding `errors` counts as an error (GraphQL reports most failures that way); timed
 * runs count non-200 answers only, so every path's GraphQL errors are found by its counted run.
 */
export async function runLoad(
  url: string,
  build: RequestFactory,
  options: { connections: number; durationSeconds: number } | { connections: number; amount: number },
): Promise<RunResult> {
  let nextSlot = 0;
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const result = await autocannon({
    url,
    connections: options.connections,
    // A fixed amount ends only once every response is in (the statement count needs that).
    ...('amount' in options ? { amount: options.amount } : { duration: options.durationSeconds }),
    timeout: 30,
    initialContext: {},
    requests: [
      {
        method: 'POST',
        setupRequest: (request, context: ConnectionContext) => {
          context.slot ??= nextSlot++;
          const { body, token } = build(context.slot);
          return {
            ...request,
            method: 'POST',
            body: JSON.stringify(body),
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          };
        },
        // Bodies are read only in counted runs: reading each 20 KB feed page took the load
        // generator most of a core, which the server under test then did not have.
        ...('amount' in options
          ? {
              onResponse: (status: number, body: string) => {
                if (status === 200 && !body.includes('"errors"')) return;
                graphqlErrors++;
                firstError ??= `HTTP ${status}: ${body.slice(0, 400)}`;
              },
            }
          : {}),
      },
    ],
  });
  const total = result.requests.total;
  if (!('amount' in options) && result.non2xx) firstError ??= `${result.non2xx} answers were not HTTP 200`;
  return {
    requestsPerSecond: total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: total,
    // non-2xx answers are in graphqlErrors where onResponse saw every status.
    errors: result.errors + ('amount' in options ? graphqlErrors : result.non2xx),
    firstError: firstError ?? (result.errors ? `${result.errors} connection errors (${result.timeouts} timeouts)` : undefined),
  };
}

/** One GraphQL request, for warming up and for capturing a path's SQL. */
export async function postOnce(url: string, request: { body: unknown; token?: string }): Promise<{ data?: unknown; errors?: { message: string }[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(request.token ? { authorization: `Bearer ${request.token}` } : {}) },
    body: JSON.stringify(request.body),
  });
  return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
}
