// Once per jest run, before any suite:
//  1. Some suites start the server as a real process (dist/main.js): build it, unless `npm test`
//     has just built it (TEST_BACKEND_BUILT=1, so that two builds do not write dist/ at once). tsc is
//     incremental, so this costs a second or two when nothing changed. Type errors are reported
//     by the typecheck, not here: tsc still writes its output, and the suites that need the
//     build fail on their own if it is broken.
//  2. Migrate one database of each kind, once: an embedded PGlite data dir and (when
//     TEST_DATABASE_URL is set) a PostgreSQL database. Every test app then starts on a copy of
//     one (test-app.ts): a copied data dir, or CREATE DATABASE ... TEMPLATE. Running the 19+
//     migrations from scratch for each of ~80 apps was a large part of the suite's time. The
//     templates are made with the product's own `npm run migrate` (dist/scripts/migrate.js) from
//     this checkout's migrations/, so a new migration is in them on the next run. The paths that
//     are about migrating an empty database (app processes, the backup restore, several
//     instances starting together) still start from scratch.
const { execFile, spawnSync } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { randomBytes } = require('node:crypto');
const { promisify } = require('node:util');
const { Client } = require('pg');

const run = promisify(execFile);

async function migrate(backend, env) {
  try {
    await run(process.execPath, [join(backend, 'dist/scripts/migrate.js')], {
      cwd: backend,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'warn', SEED_DEMO: '0', JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256', ...env },
      timeout: 180_000,
    });
  } catch (error) {
    throw new Error(`migrating the test template failed: ${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

module.exports = async () => {
  const backend = join(__dirname, '../..');
  const result = process.env.TEST_BACKEND_BUILT === '1'
    ? { status: 0 }
    : spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: backend, encoding: 'utf8' });
  if (result.status !== 0) console.warn(`\n(tsc reported problems while building dist/ for the process tests)\n${result.stdout.slice(0, 2000)}`);

  const templates = [];
  // PGlite: <dir>/pglite is the migrated data dir that test apps copy.
  const pgliteDir = mkdtempSync(join(tmpdir(), 'ugc-template-'));
  process.env.TEST_PGLITE_TEMPLATE = pgliteDir;
  templates.push(migrate(backend, { DATA_DIR: pgliteDir }));

  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `ugc_template_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    process.env.TEST_DATABASE_TEMPLATE = name;
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const unused = mkdtempSync(join(tmpdir(), 'ugc-template-'));
    templates.push(migrate(backend, { DATA_DIR: unused, DATABASE_URL: url.toString() }).finally(() => rmSync(unused, { recursive: true, force: true })));
  }
  const settled = await Promise.allSettled(templates);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) {
    await module.exports.teardown();
    throw failed.reason;
  }
};

/** Called by jest-global-teardown.js (and above when a template could not be made). */
module.exports.teardown = async () => {
  if (process.env.TEST_PGLITE_TEMPLATE) rmSync(process.env.TEST_PGLITE_TEMPLATE, { recursive: true, force: true });
  const name = process.env.TEST_DATABASE_TEMPLATE;
  if (name && process.env.TEST_DATABASE_URL) {
    const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
};
