import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../bootstrap';
import { TokenService } from '../core/auth/token.service';
import { loadConfig } from '../core/config/app-config';
import { Role } from '../modules/accounts/role.enum';
import { UserEntity } from '../modules/accounts/user.entity';
import { closeAtEnd, released, starts } from './leftovers';
import { createScratchDatabase, REAL_POSTGRES_URL, seedMigratedPglite } from './test-database';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface TestUser {
  user: UserEntity;
  token: string;
}

export interface TestApp {
  app: NestExpressApplication;
  /** http://127.0.0.1:<port> of the listening server. */
  baseUrl: string;
  dataSource: DataSource;
  /** The app's DATA_DIR (the outbox of mails, local media). */
  dataDir: string;
  /** Which database this app runs on, for test names. */
  database: 'pglite' | 'postgres';
  /** POSTs a GraphQL operation, optionally as a signed-in user. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, as?: TestUser | string): Promise<GqlResult<T>>;
  /** Makes a user directly in the database (fast: no password hashing) and a token for them (naming no session: see TokenService.issue). */
  createUser(options?: NewTestUser): Promise<TestUser>;
  close(): Promise<void>;
}

export interface NewTestUser {
  role?: Role;
  displayName?: string;
  email?: string;
  /** When the account was made (default now): reports and likes weigh an account by its age. */
  createdAt?: Date;
}

/** An account old enough to count fully (report-weight.ts). */
export const ESTABLISHED = new Date(Date.now() - 60 * 24 * 3600 * 1000);

let counter = 0;

/**
 * Starts the real app, listening on a free port, on a database of its own with every migration
 * applied and no rows: a PGlite in a temporary DATA_DIR, or a database on the real PostgreSQL
 * when `onRealPostgres` is set.
 */
export function startTestApp(options: { env?: Record<string, string>; onRealPostgres?: boolean } = {}): Promise<TestApp> {
  return starts(start(options));
}

async function start(options: { env?: Record<string, string>; onRealPostgres?: boolean }, onClose?: () => void): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ugc-test-'));
  // Both databases start as copies of the run's migrated templates (jest-global-setup.js): the
  // app's own migration step then finds nothing to do.
  const scratch = options.onRealPostgres ? await createScratchDatabase(requireRealPostgres(), { migrated: true }) : undefined;
  if (!scratch && !options.env?.DATABASE_URL) seedMigratedPglite(dataDir);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SEED_DEMO: '0',
    // Tests read right after they write, signed out too; the shared cache has a suite of its own.
    RESPONSE_CACHE_SECONDS: '0', RECENT_READS_MS: '0',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    ...options.env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const tokens = app.get(TokenService);
  const dataSource = app.get(DataSource);

  const gql = async <T>(query: string, variables?: Record<string, unknown>, as?: TestUser | string): Promise<GqlResult<T>> => {
    const token = typeof as === 'string' ? as : as?.token;
    const req = request(baseUrl).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body?.data, errors: res.body?.errors };
  };

  const createUser = async (opts: NewTestUser = {}): Promise<TestUser> => {
    const n = ++counter;
    const user = await dataSource.getRepository(UserEntity).save({
      email: opts.email ?? `user${n}.${Date.now()}@example.com`,
      displayName: opts.displayName ?? `User ${n}`,
      passwordHash: 'not-a-real-hash',
      role: opts.role ?? Role.CUSTOMER,
    });
    if (opts.createdAt) {
      await dataSource.query(`UPDATE users SET created_at = $2 WHERE id = $1`, [user.id, opts.createdAt]);
      user.createdAt = opts.createdAt;
    }
    return { user, token: tokens.issue(user.id).token };
  };

  let closing: Promise<void> | undefined;
  const testApp: TestApp = {
    app,
    baseUrl,
    dataDir,
    dataSource,
    database: scratch ? 'postgres' : 'pglite',
    gql,
    createUser,
    // Once only, however often it is called (the suite's afterAll and the leftovers sweep).
    close: () =>
      (closing ??= (async () => {
        released(testApp);
        onClose?.();
        await app.close();
        await scratch?.drop();
        rmSync(dataDir, { recursive: true, force: true });
      })()),
  };
  closeAtEnd(testApp, testApp.close);
  return testApp;
}

const sharedApps = new Map<string, Promise<TestApp>>();

/**
 * The one app of this test file for these options, started on first use and closed after the
 * file (leftovers.ts): for describes of a file that need an app alike but not a fresh one, since
 * each app costs a boot (on PGlite about 2 s, 3 s of CPU). Not closed by the tests. Tests on it
 * must not depend on what the file's other tests did there (a count of every row, a client's
 * rate limits): those start an app of their own.
 */
export function sharedTestApp(options: { env?: Record<string, string>; onRealPostgres?: boolean } = {}): Promise<TestApp> {
  const key = JSON.stringify({ onRealPostgres: options.onRealPostgres ?? false, env: options.env ?? {} });
  let app = sharedApps.get(key);
  if (!app) {
    // Forgotten once closed (by the file's end, leftovers.ts): the next file to ask starts its
    // own, also when several files run in one module registry (spec-groups.ts).
    const forget = () => sharedApps.get(key) === app && sharedApps.delete(key);
    app = starts(start(options, forget));
    sharedApps.set(key, app);
    app.catch(forget);
  }
  return app;
}

function requireRealPostgres(): string {
  if (!REAL_POSTGRES_URL) throw new Error('TEST_DATABASE_URL is not set');
  return REAL_POSTGRES_URL;
}

/** The databases every integration suite runs against: PGlite always, real PostgreSQL when configured. */
export const DATABASES: { name: string; onRealPostgres: boolean }[] = [
  { name: 'PGlite', onRealPostgres: false },
  ...(REAL_POSTGRES_URL ? [{ name: 'PostgreSQL', onRealPostgres: true }] : []),
];

/** The code of the first error, for `expect(codeOf(result)).toBe('FORBIDDEN')`. */
export function codeOf(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
