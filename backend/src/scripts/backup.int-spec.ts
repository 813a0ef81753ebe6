import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client as PgClient } from 'pg';
import { startAppProcess } from '../testing/app-process';
import { createScratchDatabase, REAL_POSTGRES_URL } from '../testing/test-database';

const run = promisify(execFile);
const withPostgres = REAL_POSTGRES_URL ? describe : describe.skip;

/** The restore drill: back up while the app runs, write more, restore, and the data is the backup's. */
withPostgres('npm run backup / npm run restore on PostgreSQL', () => {
  it('restores exactly what was backed up, taken while the server was running', async () => {
    const scratch = await createScratchDatabase(REAL_POSTGRES_URL!);
    const dir = mkdtempSync(join(tmpdir(), 'ugc-backup-'));
    const db = new PgClient({ connectionString: scratch.url });
    const app = await startAppProcess({ DATA_DIR: dir, DATABASE_URL: scratch.url });
    try {
      await db.connect();
      const people = async () => (await db.query(`SELECT email, display_name FROM users ORDER BY email`)).rows;
      await db.query(`INSERT INTO users (email, password_hash, display_name, role) SELECT 'kept' || n || '@example.com', 'x', 'Kept ' || n, 'CUSTOMER' FROM generate_series(1, 50) n`);
      const backedUp = await people();
      const file = join(dir, 'backup.dump');
      const script = join(__dirname, '../../dist/scripts/backup.js');
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
