import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The machine's real PostgreSQL for integration tests, when TEST_DATABASE_URL is set (the test
 * script sets it in CI and whenever a server answers). Each test file gets a database of its
 * own, created empty so that migrations run from scratch, and dropped afterwards.
 */
export const REAL_POSTGRES_URL = process.env.TEST_DATABASE_URL || undefined;

export async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `ugc_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
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
