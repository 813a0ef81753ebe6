import { randomBytes } from 'node:crypto';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * The machine's real PostgreSQL for integration tests, when TEST_DATABASE_URL is set (the test
 * script sets it in CI and whenever a server answers). Each test file gets a database of its
 * own, dropped afterwards.
 */
export const REAL_POSTGRES_URL = process.env.TEST_DATABASE_URL || undefined;

/** The databases jest-global-setup.js migrated once for this run (unset outside jest). */
const POSTGRES_TEMPLATE = process.env.TEST_DATABASE_TEMPLATE || undefined;
const PGLITE_TEMPLATE = process.env.TEST_PGLITE_TEMPLATE || undefined;

/**
 * A database of its own on the real server. Empty by default, so that migrations run from
 * scratch (the tests about migrating); `{ migrated: true }` copies the run's migrated template
 * instead (CREATE DATABASE ... TEMPLATE: a file copy, far quicker than migrating).
 */
export async function createScratchDatabase(serverUrl: string, options: { migrated?: boolean } = {}): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `ugc_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const template = options.migrated ? POSTGRES_TEMPLATE : undefined;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * Puts a copy of the run's migrated PGlite data dir into `dataDir` (where the app's embedded
 * database lives), so that the app starts with nothing to migrate. Without a template (outside
 * jest's global setup) the app migrates its empty database itself.
 */
export function seedMigratedPglite(dataDir: string): void {
  if (PGLITE_TEMPLATE) cpSync(join(PGLITE_TEMPLATE, 'pglite'), join(dataDir, 'pglite'), { recursive: true });
}
