#!/usr/bin/env node
// `npm test`: every suite, on the embedded defaults, and also against the machine's real
// PostgreSQL and Redis when they answer. Under CI=true those servers are required: a missing
// one fails the run instead of being skipped.
//   1. backend (jest): unit and integration suites, each integration suite on PGlite and on PostgreSQL
//   2. frontend (vitest): component tests
//   3. end to end: the built app in Debian's Chromium through playwright-core
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ci = process.env.CI === 'true' || process.env.CI === '1';
const only = process.argv[2]; // optional: lint | backend | frontend | e2e
const totals = { passed: 0, failed: 0 };
// How long each part took, said at the end: the suite has a time budget (README, "Tests").
const timings = [];
const startedAt = Date.now();
const secondsSince = (began) => Math.round((Date.now() - began) / 1000);
const timed = (part, began) => timings.push(`${part} ${secondsSince(began)} s`);
const scratch = mkdtempSync(join(tmpdir(), 'ugc-npm-test-'));
// TEST_REPORT_DIR keeps jest's and vitest's JSON reports (each suite's duration) for a look afterwards.
const reports = process.env.TEST_REPORT_DIR || scratch;

/** What `npm run build` reads: a change to any of these makes its outputs stale. */
const BUILD_SOURCES = [
  'package-lock.json', 'shared/src', 'shared/schema.graphql', 'shared/tsconfig.json', 'shared/package.json',
  'backend/src', 'backend/tsconfig.json', 'backend/tsconfig.build.json', 'backend/package.json',
  'frontend/src', 'frontend/public', 'frontend/index.html', 'frontend/vite.config.ts', 'frontend/codegen.ts',
  'frontend/tsconfig.json', 'frontend/tsconfig.app.json', 'frontend/tsconfig.node.json', 'frontend/package.json',
];
/** What the build made: without any of these, it builds. */
const BUILD_OUTPUTS = ['shared/dist/index.js', 'backend/dist/main.js', 'frontend/dist/index.html'];
/** Written once `npm run build` has succeeded (dist/ is not in git: a clean clone has none). */
const BUILD_STAMP = 'frontend/dist/.built';

/**
 * The browser walks, one file after another. Side by side in two lanes they took as long (quiet
 * 150 s against 148 s, stressed 162 s against 164 s): the browsers' rendering is CPU-bound, and
 * the walks that watch a page follow another's action within a bound got slower. The phone
 * benchmark goes last.
 */
const WALK_FILES = ['e2e/budget.mjs', 'e2e/run.mjs', 'e2e/finale.mjs', 'e2e/sharing.mjs', 'e2e/accounts.mjs', 'e2e/live.mjs', 'e2e/gallery.mjs', 'e2e/pages.mjs', 'e2e/phone-benchmark.mjs'];

function reachable(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port) }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.setTimeout(1500, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** A real server for the tests: the given URL, the machine default in CI, or one found answering locally. */
async function realServer(name, givenUrl, defaultUrl) {
  const url = givenUrl || defaultUrl;
  if (await reachable(url)) return url;
  if (ci || givenUrl) {
    console.error(`\n${name} is required (CI=true or configured) but does not answer at ${url}.`);
    process.exit(1);
  }
  console.log(`(${name} does not answer at ${url}: its suites run on the embedded defaults only)`);
  return undefined;
}

function run(command, args, options = {}) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options }).status ?? 1;
}

/**
 * `run` for a part that runs beside another: its output is kept and printed in one piece when it
 * ends, so two parts' lines do not interleave. Resolves to the exit status.
 */
function runBeside(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', (error) => (output += `${error.message}\n`));
    child.once('close', (status) => {
      process.stdout.write(`\n> ${command} ${args.join(' ')}\n${output}`);
      resolve(status ?? 1);
    });
  });
}

function count(passed, failed) {
  totals.passed += passed;
  totals.failed += failed;
}

const postgresUrl = await realServer('PostgreSQL', process.env.TEST_DATABASE_URL || process.env.DATABASE_URL, 'postgres://postgres@127.0.0.1:5432/postgres');
const redisUrl = await realServer('Redis', process.env.TEST_REDIS_URL || process.env.REDIS_URL, 'redis://127.0.0.1:6379');

// The app under test gets its database and Redis from each test, never from the outer environment.
// The AWS SDK's notice that its 2027 releases need Node 22 is said once in the README instead of
// in every suite (the SDK is pinned to a Node 20 release until then).
const testEnv = {
  ...process.env,
  DATABASE_URL: '',
  REDIS_URL: '',
  TEST_DATABASE_URL: postgresUrl ?? '',
  TEST_REDIS_URL: redisUrl ?? '',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};
// Every test app starts on a copy of a migrated PGlite data dir (about 40 MB, 1,100 files) and
// its database writes there; so do the server processes, the backup drill and the e2e server.
// On this 2-core machine's disk each copy cost 1.2-1.8 s of CPU (and more while it wrote back),
// in RAM 0.2 s: the tests' temporary folders go to /dev/shm (a tmpfs) where there is one. What a
// test proves is the same on either (a restart keeps the files; none is about the disk).
// Only a roomy one: containers often give /dev/shm 64 MB, and a run holds a few GB at its peak.
const ramDisk = '/dev/shm';
const RAM_DISK_NEEDED = 4 * 1024 ** 3;
const scratchParent = process.env.TEST_TMPDIR || (isWritableDir(ramDisk) && freeBytes(ramDisk) >= RAM_DISK_NEEDED ? ramDisk : undefined);
if (scratchParent) testEnv.TMPDIR = scratchParent;

// jest needs VM modules (PGlite is ESM, imported dynamically); the flag's "experimental" notice
// would otherwise open every suite's output. Other warnings still show.
const QUIET_VM_MODULES = ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning'];

if (run('npm', ['run', 'build', '-w', 'shared']) !== 0) process.exit(1);

const wants = (part) => !only || only === part;
// One build of the backend serves both the suites that start the server as a process (jest's
// global setup builds it otherwise) and the browser tests' server. Skipped when the last whole
// build is newer than its sources.
const buildCurrent = wants('e2e') && buildIsCurrent();

// What runs side by side, and why only that. The parts that are tests of timing (the backend's
// suites, the browser walks) run alone: beside each other they were measured on the 2-core
// machine with two CPU-bound processes beside it at 1,239 s against 988 s one after another,
// with 48 % more CPU in all (each waits longer, and what waits still polls, renders and collects
// garbage). Builds and the lint are plain work of one core each: lint beside the backend's
// build, the component tests beside the web app's build and the browser tests' server start.
// Lint first: it is quick, and its import-direction rules keep the layout the README describes.
const began = Date.now();
const [lintStatus, backendBuilt] = await Promise.all([
  wants('lint') ? runBeside('npm', ['run', 'lint']) : null,
  buildCurrent || ((wants('backend') || wants('e2e')) && runBeside('npm', ['run', 'build', '-w', 'backend']).then((status) => status === 0)),
]);
if (lintStatus !== null) {
  count(lintStatus === 0 ? 1 : 0, lintStatus === 0 ? 0 : 1);
  timed(backendBuilt && !buildCurrent ? "lint (beside the backend's build)" : 'lint', began);
}

if (wants('backend')) {
  const began = Date.now();
  const report = join(reports, 'jest.json');
  const status = run(
    process.execPath,
    // In groups of spec files sharing one module registry (backend/jest.groups.config.js).
    [...QUIET_VM_MODULES, join(root, 'node_modules/jest/bin/jest.js'), '--config', 'jest.groups.config.js', '--json', `--outputFile=${report}`],
    // Built above: the global setup does not build dist/ again.
    { cwd: join(root, 'backend'), env: { ...testEnv, TEST_BACKEND_BUILT: backendBuilt ? '1' : '' } },
  );
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    count(result.numPassedTests, result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0));
  } else count(0, 1);
  if (status !== 0 && totals.failed === 0) count(0, 1);
  timed('backend', began);
}

/** The component tests (vitest), their output printed when they end. */
async function runFrontendTests() {
  const began = Date.now();
  const report = join(reports, 'vitest.json');
  const status = await runBeside('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`], {
    cwd: join(root, 'frontend'),
    env: testEnv,
  });
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    count(result.numPassedTests, result.numFailedTests);
  } else count(0, 1);
  if (status !== 0 && !existsSync(report)) count(0, 1);
  timed('frontend', began);
}

// The component tests, beside the web app's build and the browser tests' server start; the
// walks begin once the component tests have finished.
const frontendTests = wants('frontend') ? runFrontendTests() : Promise.resolve();
const endToEnd = wants('e2e') ? runEndToEnd(frontendTests) : undefined;
await frontendTests;
if (endToEnd) {
  const e2e = await endToEnd;
  count(e2e.passed, e2e.failed);
  timed(wants('frontend') ? 'e2e (its build and server beside the component tests)' : 'e2e', e2e.began);
}

rmSync(scratch, { recursive: true, force: true });
console.log(`\n${totals.passed} passed, ${totals.failed} failed (${timings.join(', ')}; ${secondsSince(startedAt)} s in all)`);
process.exit(totals.failed > 0 ? 1 : 0);

function freeBytes(path) {
  try {
    const { bavail, bsize } = statfsSync(path);
    return bavail * bsize;
  } catch {
    return 0;
  }
}

function isWritableDir(path) {
  try {
    accessSync(path, constants.W_OK);
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A TCP port nobody listens on right now (the system picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The newest modification time under `path` (a file or a folder), 0 when it does not exist. */
function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file shows only as its folder's change
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/**
 * True when the last successful `npm run build` is newer than every source it reads and its
 * outputs are all there: the browser tests then serve that build instead of spending a minute
 * making the same one again. A clean clone, or any edit since, builds as before.
 */
function buildIsCurrent() {
  const stamp = join(root, BUILD_STAMP);
  if (!existsSync(stamp) || !BUILD_OUTPUTS.every((path) => existsSync(join(root, path)))) return false;
  const built = statSync(stamp).mtimeMs;
  return BUILD_SOURCES.every((path) => newestChange(join(root, path)) < built);
}

/** The web app's part of `npm run build` (shared and backend are built first), stamped when the whole build succeeded. */
async function buildFrontend() {
  if ((await runBeside('npm', ['run', 'build', '-w', 'frontend'])) !== 0) return false;
  writeFileSync(join(root, BUILD_STAMP), `${new Date().toISOString()}\n`);
  return true;
}

/** Runs walk files one after another (node's test runner), prints their output when done; resolves to passed and failed. */
function walk(files, env, by) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files], {
      cwd: join(root, 'frontend'),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: Math.max(1, by - Date.now()),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('close', (status, signal) => {
      process.stdout.write(`\n> the browser walks ${files.join(', ')}\n${stdout}`);
      process.stderr.write(stderr);
      const passed = Number(/ℹ pass (\d+)/.exec(stdout)?.[1] ?? 0);
      const failed = Number(/ℹ fail (\d+)/.exec(stdout)?.[1] ?? 0);
      if (signal) console.error(`\nThe browser walks ${files.join(', ')} did not finish (${signal}: over the time allowed)`);
      resolve({ passed, failed: failed + (status !== 0 && failed === 0 ? 1 : 0) });
    });
  });
}

/**
 * Builds the web app, starts the real server on an empty data dir, and once `walkAfter` has
 * settled (the component tests, which run beside the build) drives it with Chromium.
 * Resolves to the tests passed and failed, and when it began.
 */
async function runEndToEnd(walkAfter) {
  const began = Date.now();
  const outcome = await walkEndToEnd(walkAfter);
  return { ...outcome, began };
}

async function walkEndToEnd(walkAfter) {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    if (ci) {
      console.error(`\nChromium is required for the browser tests under CI (apt-get install -y chromium).`);
      return { passed: 0, failed: 1 };
    }
    console.log('\n(Chromium is not installed: skipping the browser tests; apt-get install -y chromium)');
    return { passed: 0, failed: 0 };
  }
  if (!existsSync(join(root, 'frontend/e2e'))) return { passed: 0, failed: 0 };
  const buildStarted = Date.now();
  if (buildCurrent) console.log('\n(the build is newer than every source it is made from: not built again)');
  else if (!backendBuilt || !(await buildFrontend())) return { passed: 0, failed: 1 };
  else console.log(`\n(the web app was built in ${secondsSince(buildStarted)} s)`);

  const dataDir = mkdtempSync(join(scratchParent ?? tmpdir(), 'ugc-e2e-'));
  // E2E_PORT pins it (machines shared by several runs give each its own range).
  const port = process.env.E2E_PORT || String(4100 + Math.floor(Math.random() * 800));
  const baseUrl = `http://127.0.0.1:${port}`;
  // The gallery walk serves a shop page from this port (another origin) that frames the gallery.
  const embedPort = await freePort();
  // The demo seed gives the walk its campaigns and its moderator and brand accounts.
  const demoPassword = /DEMO_PASSWORD = '([^']+)'/.exec(readFileSync(join(root, 'backend/src/demo/demo-content.ts'), 'utf8'))[1];
  const serverStarted = Date.now();
  const server = spawn(process.execPath, [join(root, 'backend/dist/main.js')], {
    cwd: root,
    // PUBLIC_URL: shared links and posters' QR codes must lead back to this server.
    env: { ...testEnv, NODE_ENV: 'production', PORT: port, PUBLIC_URL: baseUrl, DATA_DIR: dataDir, JWT_SECRET: 'e2e-secret-e2e-secret-e2e-secret', SEED_DEMO: '1', LOG_LEVEL: 'warn', GALLERY_EMBED_ORIGINS: `http://127.0.0.1:${embedPort}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept, and shown only when something goes wrong: a passing run stays quiet.
  let serverLog = '';
  server.stdout.on('data', (chunk) => (serverLog += chunk));
  server.stderr.on('data', (chunk) => (serverLog += chunk));
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const showServerLog = (why) => console.error(`\n${why}. The server's output:\n${serverLog || '(nothing)'}`);
  try {
    // Ready within 3 minutes (the demo seed draws and processes its pictures first; on a busy
    // machine that alone has taken over 90 s), or the run fails.
    const readyBy = Date.now() + 180_000;
    let ready = false;
    while (!ready && server.exitCode === null && Date.now() < readyBy) {
      ready = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok).catch(() => false);
      if (!ready) await new Promise((r) => setTimeout(r, 500));
    }
    if (ready) console.log(`\n(the browser tests' server, with its demo seed, was ready in ${secondsSince(serverStarted)} s)`);
    if (!ready) {
      showServerLog(server.exitCode === null ? 'The server was not ready at /readyz within 3 minutes' : `The server exited with ${server.exitCode} before it was ready`);
      return { passed: 0, failed: 1 };
    }
    // The walks time what a phone sees: they run alone, not beside the component tests.
    await walkAfter;
    const walkEnv = {
      ...testEnv,
      E2E_BASE_URL: baseUrl,
      CHROMIUM_PATH: chromium,
      E2E_MOD_EMAIL: 'moderator@demo.local',
      E2E_MOD_PASSWORD: demoPassword,
      E2E_BRAND_EMAIL: 'brand@demo.local',
      E2E_BRAND_PASSWORD: demoPassword,
      E2E_CAMPAIGN_SLUG: 'my-little-life-things',
      // The server has no SMTP_URL: its mail is written here (the accounts walk reads the reset link).
      E2E_OUTBOX_DIR: join(dataDir, 'outbox'),
      E2E_DEMO_PASSWORD: demoPassword,
      E2E_EMBED_PORT: String(embedPort),
    };
    // A browser that hangs must not hang the run: each step has its own timeout, this bounds all.
    const walksBy = Date.now() + 10 * 60_000;
    const outcome = await walk(WALK_FILES, walkEnv, walksBy);
    if (outcome.failed > 0) showServerLog('The browser tests failed');
    return outcome;
  } finally {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
      const force = setTimeout(() => server.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(force);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}
