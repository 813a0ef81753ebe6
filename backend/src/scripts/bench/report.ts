import type { PathMeasurement } from '../bench';

const median = (values: number[]): number => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export interface PathSummary {
  name: string;
  kind: PathMeasurement['kind'];
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
  statementsPerRequest?: number;
  /** Median replays per second of the path's own SQL, when it was captured. */
  sqlFloorPerSecond?: number;
  sqlFloorStatements?: number;
  roundsRequestsPerSecond: number[];
  firstError?: string;
  /** The statements one request ran, in order (what the floor replays), for whoever optimises the path. */
  sql?: string[];
  /** The statements seen while counting, most frequent first. */
  countedSql?: { text: string; count: number }[];
}

export interface Ratio {
  label: string;
  value: number;
}

export interface BenchResults {
  startedAt: Date;
  finishedAt: Date;
  machine: Record<string, string | number>;
  options: Record<string, number>;
  dataset: unknown;
  paths: PathSummary[];
  ratios: Ratio[];
}

export function summarize(input: Omit<BenchResults, 'paths' | 'ratios'> & { measurements: PathMeasurement[] }): BenchResults {
  const paths: PathSummary[] = input.measurements.map((m) => ({
    name: m.name,
    kind: m.kind,
    requestsPerSecond: median(m.runs.map((r) => r.requestsPerSecond)),
    p50Ms: median(m.runs.map((r) => r.p50Ms)),
    p99Ms: median(m.runs.map((r) => r.p99Ms)),
    errors: m.runs.reduce((sum, r) => sum + r.errors, 0),
    requests: m.runs.reduce((sum, r) => sum + r.requests, 0),
    statementsPerRequest: m.statementsPerRequest,
    sqlFloorPerSecond: m.floors.length ? median(m.floors.map((f) => f.sequencesPerSecond)) : undefined,
    sqlFloorStatements: m.captured?.length,
    roundsRequestsPerSecond: m.runs.map((r) => r.requestsPerSecond),
    firstError: m.firstError,
    countedSql: m.countedSql,
    sql: m.captured?.map((c) => c.text.replace(/\s+/g, ' ').trim()),
  }));
  const byName = new Map(paths.map((p) => [p.name, p]));
  const ratios: Ratio[] = [];
  const ratio = (label: string, a?: number, b?: number) => {
    if (a !== undefined && b !== undefined && b > 0) ratios.push({ label, value: a / b });
  };
  const ceiling = byName.get('ceiling: product { __typename }')?.requestsPerSecond;
  ratio('product ceiling ÷ bare Apollo', ceiling, byName.get('ceiling: bare Apollo { __typename }')?.requestsPerSecond);
  for (const p of paths.filter((p) => p.kind === 'read')) {
    ratio(`${p.name} ÷ product ceiling`, p.requestsPerSecond, ceiling);
    ratio(`${p.name} ÷ its SQL floor`, p.requestsPerSecond, p.sqlFloorPerSecond);
  }
  for (const sort of ['HOT', 'NEW', 'TOP']) {
    ratio(`feed ${sort} signed in ÷ anonymous`, byName.get(`feed ${sort} A, signed in`)?.requestsPerSecond, byName.get(`feed ${sort} A, anonymous`)?.requestsPerSecond);
  }
  for (const write of ['likeStory', 'addComment', 'submitStory']) {
    const a = byName.get(`${write} A`)?.requestsPerSecond;
    ratio(`${write} in A (100k) ÷ in B (1k)`, a, byName.get(`${write} B`)?.requestsPerSecond);
    ratio(`${write} A ÷ product ceiling`, a, ceiling);
  }
  return { startedAt: input.startedAt, finishedAt: input.finishedAt, machine: input.machine, options: input.options, dataset: input.dataset, paths, ratios };
}

const fixed = (value: number | undefined, digits = 0) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));

export function printReport(results: BenchResults): void {
  const rows = results.paths.map((p) => [
    p.name,
    fixed(p.requestsPerSecond),
    fixed(p.p50Ms),
    fixed(p.p99Ms),
    String(p.errors),
    fixed(p.statementsPerRequest, 2),
    p.sqlFloorPerSecond === undefined ? '–' : `${fixed(p.sqlFloorPerSecond)} (${p.sqlFloorStatements} st.)`,
  ]);
  const header = ['path', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'SQL/req', 'SQL floor/s'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  console.log('\nratios (medians of this run)');
  const labelWidth = Math.max(...results.ratios.map((r) => r.label.length));
  for (const r of results.ratios) console.log(`  ${r.label.padEnd(labelWidth)}  ${r.value.toFixed(3)}`);
  const failing = results.paths.filter((p) => p.firstError);
  if (failing.length) {
    console.log('\nerrors');
    for (const p of failing) console.log(`  ${p.name}: ${p.firstError}`);
  }
  console.log('');
}
