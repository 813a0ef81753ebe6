import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface ServerProcess {
  name: string;
  graphqlUrl: string;
  process: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startProcess(
  name: string,
  script: string,
  env: Record<string, string>,
  graphqlPath: string,
  readyPath: string,
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep the last part only: a long run at LOG_LEVEL=warn may still say a lot.
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    name,
    graphqlUrl: `${base}${graphqlPath}`,
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output}`);
    const ready = await fetch(`${base}${readyPath}`, { headers: { 'apollo-require-preflight': 'true' } })
      .then((r) => r.status < 500)
      .catch(() => false);
    if (ready) return server;
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.stop();
  throw new Error(`${name} did not become ready:\n${output}`);
}

/** The built product (backend/dist/main.js) in production mode on its own port. */
export function startProduct(env: { databaseUrl: string; jwtSecret: string; dataDir: string }): Promise<ServerProcess> {
  return startProcess(
    'product',
    join(__dirname, '../../main.js'),
    {
      NODE_ENV: 'production',
      DATABASE_URL: env.databaseUrl,
      JWT_SECRET: env.jwtSecret,
      DATA_DIR: env.dataDir,
      RATE_LIMITS: 'off',
      SEED_DEMO: '0',
      LOG_LEVEL: 'warn',
    },
    '/graphql',
    '/readyz',
    // e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof": a profile of the product under the bench's load.
    process.env.BENCH_PRODUCT_NODE_ARGS?.split(' ').filter(Boolean),
  );
}

/** Bare Apollo Server 5 (bare-apollo.ts) in a process of its own. */
export function startBareApollo(): Promise<ServerProcess> {
  return startProcess('bare Apollo', join(__dirname, 'bare-apollo.js'), { NODE_ENV: 'production' }, '/', '/?query=%7B__typename%7D');
}
