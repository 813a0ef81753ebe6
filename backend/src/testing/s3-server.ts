import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeAtEnd, released } from './leftovers';
import { waitFor } from './wait-for';

export interface TestS3Server {
  endpoint: string;
  bucket: string;
  /** The environment that points the app at this server (path-style, s3rver's own keys). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * A real S3-protocol server (s3rver) on 127.0.0.1 at a free port, with one empty bucket, in a
 * child process: requests the test makes synchronously in its own process cannot stall it.
 * s3rver does not verify V4 signatures; it does check presigned expiry.
 */
export async function startS3Server(bucket = 'ugc-media'): Promise<TestS3Server> {
  const directory = mkdtempSync(join(tmpdir(), 'ugc-s3-'));
  const script = `
    const S3rver = require('s3rver');
    const server = new S3rver({
      address: '127.0.0.1', port: 0, silent: true, directory: ${JSON.stringify(directory)},
      configureBuckets: [{ name: ${JSON.stringify(bucket)} }],
    });
    server.run().then((address) => process.stdout.write(JSON.stringify({ port: address.port }) + '\\n'),
      (error) => { console.error(error); process.exit(1); });
    process.on('SIGTERM', () => server.close().finally(() => process.exit(0)));
  `;
  const child = spawn(process.execPath, ['-e', script], { cwd: __dirname, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = async () => {
    released(child);
    await stopChild(child);
    rmSync(directory, { recursive: true, force: true });
  };
  closeAtEnd(child, stop);
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    let errors = '';
    const timer = setTimeout(() => reject(new Error(`s3rver did not start: ${errors}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { port: number }).port);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`s3rver exited with ${code}: ${errors}`));
    });
  });
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(endpoint);
  return {
    endpoint,
    bucket,
    env: {
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    },
    stop,
  };
}

async function waitUntilAnswering(endpoint: string): Promise<void> {
  await waitFor(() => fetch(endpoint, { signal: AbortSignal.timeout(2000) }).then(() => true), {
    timeout: 20_000,
    interval: 100,
    what: `s3rver at ${endpoint} to answer`,
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
