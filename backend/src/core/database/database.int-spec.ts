import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startAppProcess } from '../../testing/app-process';
import { createScratchDatabase, REAL_POSTGRES_URL, seedMigratedPglite } from '../../testing/test-database';
import { DataDirInUseError, DataDirLock } from './data-dir-lock';
import { EmbeddedPostgres } from './embedded-postgres';

const REGISTER = JSON.stringify({
  query: `mutation { register(input: { email: "keep@example.com", password: "long-enough", displayName: "Keep" }) { user { id } } }`,
});
// The account made before the restart still signs in after it.
const LOGIN = JSON.stringify({
  query: `mutation { login(email: "keep@example.com", password: "long-enough") { user { id } } }`,
});
const post = (baseUrl: string, body: string) =>
  fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.json() as Promise<any>);

describe('the embedded database', () => {
  it('listens only on a Unix socket in a folder nobody else may enter, never on a TCP port', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ugc-socket-'));
    // An existing database (the run's migrated one): creating an empty one is not what this is about.
    seedMigratedPglite(dataDir);
    const embedded = await EmbeddedPostgres.start(dataDir);
    try {
      const url = new URL(embedded.url);
      expect(url.port).toBe('');
      expect(url.searchParams.get('host')).toBe(embedded.socketDir);
      expect(statSync(embedded.socketDir).mode & 0o777).toBe(0o700);
      // Asynchronously: the server answers from this very process.
      const psql = (options: { uid?: number; gid?: number } = {}) =>
        new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
          execFile('psql', ['-h', embedded.socketDir, '-U', 'postgres', '-d', 'postgres', '-Atc', 'SELECT 40 + 2'], { encoding: 'utf8', timeout: 30_000, ...options }, (error, stdout, stderr) =>
            resolve({ status: error ? Number(error.code ?? 1) || 1 : 0, stdout, stderr }),
          );
        });
      // The owner (this process's user) gets in...
      expect((await psql()).stdout.trim()).toBe('42');
      // ...another local user does not, though the server asks for no password.
      if (process.getuid?.() === 0) {
        const stranger = await psql({ uid: 65534, gid: 65534 });
        expect(stranger.status).not.toBe(0);
        expect(stranger.stderr).toMatch(/permission denied/i);
      }
    } finally {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('is opened by one process at a time: a second is refused, a lock left by a killed one is taken over', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ugc-lock-'));
    // An existing database: creating one is not what this is about.
    seedMigratedPglite(dataDir);
    // What a process killed with SIGKILL leaves: the lock file, its socket gone.
    writeFileSync(DataDirLock.lockFileOf(dataDir), JSON.stringify({ pid: 999999, control: join(dataDir, 'gone.sock') }));
    const embedded = await EmbeddedPostgres.start(dataDir);
    try {
      const second = await EmbeddedPostgres.start(dataDir).catch((error: unknown) => error);
      expect(second).toBeInstanceOf(DataDirInUseError);
      expect((second as Error).message).toContain(`in use by process ${process.pid}`);
      // The first is untouched by the refused second.
      const client = new Client({ connectionString: embedded.url });
      await client.connect();
      expect((await client.query('SELECT 40 + 2 AS n')).rows[0].n).toBe(42);
      await client.end();
    } finally {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('keeps data in DATA_DIR across a restart, and SIGTERM shuts down cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ugc-restart-'));
    try {
      const first = await startAppProcess({ DATA_DIR: dataDir });
      const id = (await post(first.baseUrl, REGISTER)).data.register.user.id;
      expect(id).toBeDefined();
      expect(await first.stop()).toBe(0);

      const second = await startAppProcess({ DATA_DIR: dataDir });
      expect((await post(second.baseUrl, LOGIN)).data.login.user.id).toBe(id);
      expect(await second.stop()).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('drains an in-flight request on SIGTERM before exiting', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ugc-drain-'));
    // Migrating an empty data dir in a process is the restart test's; this one starts migrated.
    seedMigratedPglite(dataDir);
    try {
      const app = await startAppProcess({ DATA_DIR: dataDir });
      try {
        // In flight for sure: the server has taken the request (it answered "100 Continue" to its
        // headers) and the signal lands before the body has even been sent.
        const body = REGISTER.replace('keep@', 'drain@');
        const request = httpRequest(`${app.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
        });
        const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
          request.on('response', (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () => resolve({ status: res.statusCode!, body: text }));
            res.on('error', reject);
          });
          request.on('error', reject);
        });
        request.flushHeaders();
        await once(request, 'continue');
        const exit = app.stop();
        request.end(body);
        const answered = await response;
        expect(answered.status).toBe(200);
        expect(JSON.parse(answered.body).data.register.user.id).toBeDefined();
        expect(await exit).toBe(0);
      } finally {
        await app.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

(REAL_POSTGRES_URL ? describe : describe.skip)('migrations on a real PostgreSQL', () => {
  it('lets three instances start together on an empty database: one migrates, all come up', async () => {
    const scratch = await createScratchDatabase(REAL_POSTGRES_URL!);
    const dirs = [0, 1, 2].map(() => mkdtempSync(join(tmpdir(), 'ugc-race-')));
    try {
      const apps = await Promise.all(dirs.map((dir) => startAppProcess({ DATA_DIR: dir, DATABASE_URL: scratch.url })));
      const client = new Client({ connectionString: scratch.url });
      await client.connect();
      const { rows } = await client.query(`SELECT name, count(*)::int AS n FROM migrations GROUP BY name`);
      await client.end();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row: { n: number }) => row.n === 1)).toBe(true);
      await Promise.all(apps.map((app) => app.stop()));
    } finally {
      dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
      await scratch.drop();
    }
  });
});
