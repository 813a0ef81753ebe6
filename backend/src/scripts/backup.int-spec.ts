import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client as PgClient } from 'pg';
import { AppProcess, startAppProcess } from '../testing/app-process';
import { createScratchDatabase, REAL_POSTGRES_URL, seedMigratedPglite } from '../testing/test-database';
import { waitFor } from '../testing/wait-for';

const run = promisify(execFile);
const script = join(__dirname, '../../dist/scripts/backup.js');
const withPostgres = REAL_POSTGRES_URL ? describe : describe.skip;

/** The restore drill: back up while the app runs, write more, restore, and the data is the backup's. */
withPostgres('npm run backup / npm run restore on PostgreSQL', () => {
  it('restores exactly what was backed up, taken while the server was running', async () => {
    // Migrated already: what is restored is a migrated database either way, and migrating an empty
    // one is the database suite's.
    const scratch = await createScratchDatabase(REAL_POSTGRES_URL!, { migrated: true });
    const dir = mkdtempSync(join(tmpdir(), 'ugc-backup-'));
    const db = new PgClient({ connectionString: scratch.url });
    const app = await startAppProcess({ DATA_DIR: dir, DATABASE_URL: scratch.url });
    try {
      await db.connect();
      const people = async () => (await db.query(`SELECT email, display_name FROM users ORDER BY email`)).rows;
      await db.query(`INSERT INTO users (email, password_hash, display_name, role) SELECT 'kept' || n || '@example.com', 'x', 'Kept ' || n, 'CUSTOMER' FROM generate_series(1, 50) n`);
      const backedUp = await people();
      const file = join(dir, 'backup.dump');
      const env = { PATH: process.env.PATH ?? '', DATABASE_URL: scratch.url };

      await run(process.execPath, [script, 'backup', file], { env });
      await db.query(`INSERT INTO users (email, password_hash, display_name, role) SELECT 'later' || n || '@example.com', 'x', 'Later ' || n, 'CUSTOMER' FROM generate_series(1, 20) n`);
      await db.query(`UPDATE users SET display_name = 'Renamed' WHERE email = 'kept1@example.com'`);
      expect(await people()).not.toEqual(backedUp);

      expect(await app.stop()).toBe(0);
      await run(process.execPath, [script, 'restore', file], { env });
      expect(await people()).toEqual(backedUp);
      // The restored database is one the app starts on, migrated and ready.
      const again = await startAppProcess({ DATA_DIR: dir, DATABASE_URL: scratch.url });
      expect(await again.stop()).toBe(0);
    } finally {
      await app.stop();
      await db.end();
      await scratch.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

/** Accounts registered through the API one after another, each acknowledged before the next, paced. */
class Registrations {
  readonly acknowledged: { id: string; email: string }[] = [];
  private running?: Promise<void>;
  private stopping = false;

  start(app: AppProcess): void {
    this.stopping = false;
    this.running = (async () => {
      while (!this.stopping) {
        const email = `w${this.acknowledged.length}@example.com`;
        const res = await fetch(`${app.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: `mutation ($input: RegisterInput!) { register(input: $input) { user { id } } }`, variables: { input: { email, password: 'long-enough-pass', displayName: 'Writer' } } }),
        });
        const body = (await res.json()) as { data?: { register: { user: { id: string } } }; errors?: unknown };
        if (!body.data) throw new Error(`register failed: ${JSON.stringify(body.errors)}`);
        this.acknowledged.push({ id: body.data.register.user.id, email });
        // A tenth of a second apart: writes all through the backup, without each registration's
        // password hash (argon2, slow on purpose) taking a core from the backup it runs beside.
        if (!this.stopping) await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
  }

  until(count: number): Promise<unknown> {
    return waitFor(() => this.acknowledged.length >= count, { timeout: 60_000, what: `${count} registrations` });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.running;
  }
}

/** The accounts in DATA_DIR's embedded database, oldest first, read over the running app's socket. */
async function accountsIn(dataDir: string): Promise<{ id: string; email: string }[]> {
  const db = new PgClient({ connectionString: `postgres://postgres@localhost/postgres?host=${encodeURIComponent(join(dataDir, 'pglite-socket'))}` });
  await db.connect();
  try {
    return (await db.query(`SELECT id, email FROM users WHERE email LIKE 'w%@example.com' ORDER BY created_at, id`)).rows;
  } finally {
    await db.end();
  }
}

const scriptEnv = (dataDir: string) => ({ PATH: process.env.PATH ?? '', NODE_ENV: 'test', JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256', DATA_DIR: dataDir });

describe('npm run backup / npm run restore on the embedded database', () => {
  it('restores exactly what was backed up while the server ran and took writes; refuses to restore under a running server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ugc-backup-'));
    const backups = mkdtempSync(join(tmpdir(), 'ugc-backups-'));
    seedMigratedPglite(dir);
    const writes = new Registrations();
    // The writer may register more than the 50 accounts an address may in an hour while a slow
    // backup runs. The limits are not what this is about.
    let app = await startAppProcess({ DATA_DIR: dir, RATE_LIMITS: 'off' });
    try {
      writes.start(app);
      await writes.until(5);
      const live = join(backups, 'live.tar.gz');
      const ackedBefore = writes.acknowledged.length;
      await run(process.execPath, [script, 'backup', live], { env: scriptEnv(dir) });
      const ackedByEnd = writes.acknowledged.length;
      // Writes went on during the backup and after it.
      expect(ackedByEnd).toBeGreaterThan(ackedBefore);
      await writes.until(ackedByEnd + 5);
      await writes.stop();
      const everything = writes.acknowledged.slice();
      expect(await accountsIn(dir)).toEqual(everything);
      expect(await app.stop()).toBe(0);

      // With the server stopped, the script opens the database itself.
      const stopped = join(backups, 'stopped.tar.gz');
      await run(process.execPath, [script, 'backup', stopped], { env: scriptEnv(dir) });

      await run(process.execPath, [script, 'restore', live], { env: scriptEnv(dir) });
      app = await startAppProcess({ DATA_DIR: dir });
      const restored = await accountsIn(dir);
      // One cut in time: the first N accounts, every one acknowledged before the backup began, none
      // begun after it ended, and none of the later writes.
      expect(restored).toEqual(everything.slice(0, restored.length));
      expect(restored.length).toBeGreaterThanOrEqual(ackedBefore);
      expect(restored.length).toBeLessThanOrEqual(ackedByEnd + 1);
      expect(restored.length).toBeLessThan(everything.length);

      // A restore under the running server is refused, and changes nothing.
      const refused = await run(process.execPath, [script, 'restore', stopped], { env: scriptEnv(dir) }).catch((error: { code: number; stderr: string }) => error);
      expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/^a server \(process \d+\) is running on .*: stop it, then restore/) });
      expect(await accountsIn(dir)).toEqual(restored);
      expect(await app.stop()).toBe(0);

      // The copy taken while stopped has everything.
      await run(process.execPath, [script, 'restore', stopped], { env: scriptEnv(dir) });
      app = await startAppProcess({ DATA_DIR: dir });
      expect(await accountsIn(dir)).toEqual(everything);
    } finally {
      await writes.stop().catch(() => undefined);
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
      rmSync(backups, { recursive: true, force: true });
    }
  }, 240_000);
});
