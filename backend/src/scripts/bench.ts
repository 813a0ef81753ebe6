import 'reflect-metadata';
import { ENTITIES } from '../app.entities';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../core/database/data-source-options';
import { CampaignCounters } from '../modules/campaigns/campaign-counters';
import { datasetSizes, ensureDataset, type Dataset } from './bench/dataset';
import { postOnce, runLoad, type RunResult } from './bench/load';
import { SUBMISSION_TITLE } from './bench/operations';
import { benchPaths, readPathData, type BenchPath } from './bench/paths';
import { printReport, summarize } from './bench/report';
import { startBareApollo, startProduct, type ServerProcess } from './bench/servers';
import { runSqlFloor, type FloorResult } from './bench/sql-floor';
import { StatementCountingProxy, type CapturedStatement } from './bench/statement-counting-proxy';

const USAGE = `npm run bench -- [--scale 1] [--duration 10] [--rounds 2] [--connections 32] [--count-requests 64] [--reload] [--only <substring>] [--out bench-results.json]

Loads (or reuses) the bench data set into BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/ugc_bench;
the database is dropped and recreated when (re)loading), starts the built server in production mode and a bare
Apollo Server, and measures each path as ratios within this one run. See the README's "Measurements".`;

export interface PathMeasurement {
  name: string;
  kind: BenchPath['kind'];
  runs: RunResult[];
  /** Foreground SQL statements per request, counted at the protocol proxy in a separate pass. */
  statementsPerRequest?: number;
  /** The statements one request ran (the floor replays them). */
  captured?: CapturedStatement[];
  floors: FloorResult[];
  firstError?: string;
  /** The statements seen while counting, most frequent first (text and how many times). */
  countedSql?: { text: string; count: number }[];
}

function mostFrequent(statements: CapturedStatement[]): { text: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const s of statements) {
    const text = s.text.replace(/\s+/g, ' ').trim().slice(0, 300);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count).slice(0, 12);
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      duration: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '2' },
      connections: { type: 'string', default: '32' },
      'count-requests': { type: 'string', default: '64' },
      reload: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string', default: 'bench-results.json' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const scale = Number(values.scale);
  const durationSeconds = Number(values.duration);
  const rounds = Number(values.rounds);
  const connections = Number(values.connections);
  const countRequests = Number(values['count-requests']);
  for (const [name, value] of Object.entries({ scale, durationSeconds, rounds, connections, countRequests })) {
    if (!(value > 0)) throw new Error(`--${name} must be a positive number\n\n${USAGE}`);
  }
  const databaseUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/ugc_bench';
  const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
  const startedAt = new Date();

  const sizes = datasetSizes(scale);
  log(`data set at scale ${scale}: ${JSON.stringify(sizes)}`);
  const dataset = await ensureDataset(databaseUrl, sizes, { reload: values.reload, log });

  const dataSource = await new DataSource(dataSourceOptions(databaseUrl, { embedded: false, entities: ENTITIES })).initialize();
  const direct = new Client({ connectionString: databaseUrl });
  await direct.connect();
  const dataDir = mkdtempSync(join(tmpdir(), 'ugc-bench-media-'));
  const jwtSecret = randomBytes(32).toString('hex');
  const servers: ServerProcess[] = [];
  try {
    await removeSubmissions(dataSource, dataset);
    const data = await readPathData(direct, dataset);
    const [{ version }] = (await direct.query<{ version: string }>(`SELECT version()`)).rows;
    const allPaths = benchPaths(dataset, data, jwtSecret);
    const paths = values.only ? allPaths.filter((p) => p.kind === 'ceiling' || p.name.includes(values.only!)) : allPaths;
    const measurements = new Map<string, PathMeasurement>(paths.map((p) => [p.name, { name: p.name, kind: p.kind, runs: [], floors: [] }]));

    // Pass 1, through the counting proxy: statements per request, and each read path's SQL.
    log('counting SQL statements per request (server behind the protocol proxy)');
    const proxy = await StatementCountingProxy.start(databaseUrl);
    const counted = await startProduct({ databaseUrl: proxy.via(databaseUrl), jwtSecret, dataDir });
    // Whatever the server does once after starting is not any path's.
    await proxy.settle(1000, 60_000);
    try {
      for (const path of paths.filter((p) => p.target === 'product')) {
        const m = measurements.get(path.name)!;
        const warm = await postOnce(counted.graphqlUrl, path.build(0));
        if (warm.errors?.length) m.firstError = warm.errors[0].message;
        if (path.kind === 'read') {
          await proxy.settle();
          proxy.startCapture();
          await postOnce(counted.graphqlUrl, path.build(0));
          await proxy.settle();
          m.captured = proxy.stopCapture();
        }
        await proxy.settle();
        proxy.startCapture();
        const before = proxy.statements;
        const run = await runLoad(counted.graphqlUrl, path.build, { connections, amount: countRequests });
        await proxy.settle();
        m.statementsPerRequest = run.requests ? (proxy.statements - before) / run.requests : undefined;
        m.countedSql = mostFrequent(proxy.stopCapture());
        m.firstError ??= run.firstError;
        if (path.kind === 'write') await removeSubmissions(dataSource, dataset);
        log(`  ${path.name}: ${m.statementsPerRequest?.toFixed(2)} statements per request${m.firstError ? `  ERROR ${m.firstError}` : ''}`);
      }
    } finally {
      await counted.stop();
      await proxy.stop();
    }

    // Pass 2, the timed rounds: the server straight on PostgreSQL, paths interleaved.
    log(`timed rounds: ${rounds} × ${paths.length} paths × ${durationSeconds} s, ${connections} connections`);
    const product = await startProduct({ databaseUrl, jwtSecret, dataDir });
    servers.push(product);
    const bare = await startBareApollo();
    servers.push(bare);
    for (const path of paths) await postOnce(path.target === 'bare' ? bare.graphqlUrl : product.graphqlUrl, path.build(0));
    // A just-started server is still compiling its hot code: the first run measured 87 req/s on
    // { __typename } where the second saw 586. Warm both servers up, unrecorded.
    log(`warming up both servers for ${durationSeconds} s`);
    for (const server of [product, bare]) {
      await runLoad(server.graphqlUrl, () => ({ body: { query: '{ __typename }' } }), { connections, durationSeconds: durationSeconds / 2 });
    }
    for (let round = 1; round <= rounds; round++) {
      for (const path of paths) {
        // The first read path of a round ran 30-40 % below its rate later in the round (what it
        // shares had gone cold while the ceilings ran): every read path runs a second, unrecorded,
        // before its measured run.
        if (path.kind === 'read') await runLoad(product.graphqlUrl, path.build, { connections, durationSeconds: 1 });
        const run = await runLoad(path.target === 'bare' ? bare.graphqlUrl : product.graphqlUrl, path.build, { connections, durationSeconds });
        const m = measurements.get(path.name)!;
        m.runs.push(run);
        m.firstError ??= run.firstError;
        if (path.kind === 'write') await removeSubmissions(dataSource, dataset);
        log(`  round ${round} ${path.name}: ${run.requestsPerSecond.toFixed(0)} req/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, ${run.errors} errors`);
      }
    }
    for (const server of servers.splice(0)) await server.stop();

    // Pass 3, the SQL floor of each read path, with the servers stopped.
    log(`SQL floor: each read path's statements replayed by ${connections} clients`);
    for (let round = 1; round <= rounds; round++) {
      for (const m of measurements.values()) {
        if (!m.captured?.length) continue;
        const floor = await runSqlFloor(databaseUrl, m.captured, { clients: connections, durationSeconds });
        m.floors.push(floor);
        log(`  round ${round} ${m.name}: ${floor.sequencesPerSecond.toFixed(0)} sequences/s of ${floor.statements} statements${floor.errors ? `, ${floor.errors} errors: ${floor.firstError}` : ''}`);
      }
    }

    const results = summarize({
      startedAt,
      finishedAt: new Date(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, postgres: version.split(' on ')[0] },
      options: { scale, durationSeconds, rounds, connections, countRequests },
      dataset: datasetSummary(dataset),
      measurements: [...measurements.values()],
    });
    printReport(results);
    const out = resolve(values.out!);
    writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
    log(`results written to ${out}`);
  } finally {
    for (const server of servers) await server.stop();
    await direct.end();
    await dataSource.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function datasetSummary(dataset: Dataset) {
  return { sizes: dataset.sizes, loadedAt: dataset.loadedAt, loadSeconds: dataset.loadSeconds, reused: dataset.reused };
}

/**
 * Removes the stories the submitStory paths added (and their usage-rights events) and recounts
 * the campaigns with the product's own recount, so that campaign B stays the small campaign.
 */
/**
 * Takes the write paths' stories out again between paths. The server under test is still
 * running its roll-up (UPDATE stories …) meanwhile, so PostgreSQL may pick this as a deadlock's
 * victim: then it is simply tried again.
 */
async function removeSubmissions(dataSource: DataSource, dataset: Dataset): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await removeSubmissionsOnce(dataSource, dataset);
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= 5) throw error;
    }
  }
}

async function removeSubmissionsOnce(dataSource: DataSource, dataset: Dataset): Promise<void> {
  await dataSource.query(`DELETE FROM usage_rights_events e USING stories s WHERE e.story_id = s.id AND s.title = $1`, [SUBMISSION_TITLE]);
  await dataSource.query(`DELETE FROM stories WHERE title = $1`, [SUBMISSION_TITLE]);
  const counters = new CampaignCounters();
  for (const id of [dataset.campaignA, dataset.campaignB]) await dataSource.transaction((manager) => counters.recompute(manager, id));
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
