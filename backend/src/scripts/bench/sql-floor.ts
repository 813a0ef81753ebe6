import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import type { CapturedStatement } from './statement-counting-proxy';

export interface FloorResult {
  /** Replays of the whole sequence per second: what the path could serve if the server cost nothing. */
  sequencesPerSecond: number;
  statements: number;
  p50Ms: number;
  errors: number;
  firstError?: string;
}

/**
 * The SQL floor of a path: the statements one request of it ran (captured at the proxy, with
 * their bound values), replayed one after another by `clients` connections in a loop for
 * `durationSeconds`, straight to PostgreSQL, each the way the server sent it: plain query,
 * unnamed extended-protocol statement, or named prepared statement.
 */
export async function runSqlFloor(url: string, sequence: CapturedStatement[], options: { clients: number; durationSeconds: number }): Promise<FloorResult> {
  const clients = await Promise.all(
    Array.from({ length: options.clients }, async () => {
      const client = new Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + options.durationSeconds * 1000;
  try {
    await Promise.all(
      clients.map(async (client) => {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          try {
            for (const [index, statement] of sequence.entries()) {
              if (statement.params === undefined) await client.query(statement.text);
              // As the server sent it: the unnamed statement is planned for its values every time,
              // a named one may switch to a generic plan after five runs (much slower for some).
              else if (statement.named) await client.query({ name: `floor_${index}`, text: statement.text, values: statement.params });
              else await client.query(statement.text, statement.params);
            }
          } catch (error) {
            errors++;
            firstError ??= error instanceof Error ? error.message : String(error);
            // A failed statement inside a transaction would poison the rest of the loop.
            await client.query('ROLLBACK').catch(() => undefined);
          }
          latencies.push(performance.now() - t0);
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    sequencesPerSecond: latencies.length / seconds,
    statements: sequence.length,
    p50Ms: latencies[Math.floor(latencies.length / 2)] ?? 0,
    errors,
    firstError,
  };
}
