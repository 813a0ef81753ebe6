import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { closeAtEnd, released } from './leftovers';
import { waitFor } from './wait-for';

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

export interface AppProcess {
  baseUrl: string;
  process: ChildProcess;
  output: () => string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/**
 * The server as a real process (backend/dist/main.js, built by the jest global setup), for the
 * tests that are about processes: several instances, SIGTERM, crashes.
 */
export async function startAppProcess(env: Record<string, string>, options: { waitReady?: boolean } = {}): Promise<AppProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [join(__dirname, '../../dist/main.js')], {
    env: {
      PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'warn', SEED_DEMO: '0', RESPONSE_CACHE_SECONDS: '0', RECENT_READS_MS: '0', JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
      // No load balancer watches /readyz here: the default 5 s of serving on after SIGTERM was 5 s
      // of idle per stop (some 20 stops in the suite). What is in flight is still answered
      // (Drain.settled); the tests about the grace itself set their own.
      SHUTDOWN_GRACE_SECONDS: '0',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const app: AppProcess = {
    baseUrl,
    process: child,
    output: () => output,
    stop: async () => {
      released(app);
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = once(child, 'exit') as Promise<[number | null]>;
      child.kill('SIGTERM');
      const [code] = await exited;
      return code;
    },
  };
  closeAtEnd(app, async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  });
  if (options.waitReady !== false) {
    try {
      await waitUntilReady(app);
    } catch (error) {
      // A process that never became ready must not outlive the test (it would keep jest alive).
      child.kill('SIGKILL');
      throw error;
    }
  }
  return app;
}

export async function waitUntilReady(app: AppProcess, timeoutMs = 90_000): Promise<void> {
  let exited = false;
  try {
    await waitFor(
      async () => {
        exited = app.process.exitCode !== null || app.process.signalCode !== null;
        return exited || (await fetch(`${app.baseUrl}/readyz`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok));
      },
      { timeout: timeoutMs, interval: 200, what: `${app.baseUrl}/readyz` },
    );
  } catch (error) {
    throw new Error(`the app did not become ready (${(error as Error).message}):\n${app.output()}`);
  }
  if (exited) throw new Error(`the app exited (${app.process.exitCode ?? app.process.signalCode}):\n${app.output()}`);
}
