import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppProcess, startAppProcess } from '../../testing/app-process';
import { seedMigratedPglite } from '../../testing/test-database';
import { waitFor } from '../../testing/wait-for';

/** One span as OTLP/HTTP JSON carries it, with its resource's service.name beside it. */
interface ReceivedSpan {
  service: string;
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Record<string, unknown>;
}

type OtlpValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean };
type OtlpAttribute = { key: string; value: OtlpValue };
type OtlpTraces = {
  resourceSpans: {
    resource: { attributes: OtlpAttribute[] };
    scopeSpans: { spans: { name: string; traceId: string; spanId: string; parentSpanId?: string; attributes: OtlpAttribute[] }[] }[];
  }[];
};

const attributesOf = (list: OtlpAttribute[]) => Object.fromEntries(list.map(({ key, value }) => [key, value.stringValue ?? value.intValue ?? value.boolValue]));

/** A collector's OTLP/HTTP trace endpoint on loopback (the JSON encoding), keeping every span it is sent. */
async function startCollector(): Promise<{ url: string; spans: ReceivedSpan[]; posts: () => number; close: () => Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  let posts = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      posts++;
      if (req.url === '/v1/traces' && req.headers['content-type'] === 'application/json') {
        for (const resourceSpans of (JSON.parse(body) as OtlpTraces).resourceSpans) {
          const service = String(attributesOf(resourceSpans.resource.attributes)['service.name']);
          for (const scope of resourceSpans.scopeSpans) {
            for (const span of scope.spans) {
              spans.push({ service, name: span.name, traceId: span.traceId, spanId: span.spanId, parentSpanId: span.parentSpanId || undefined, attributes: attributesOf(span.attributes) });
            }
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, spans, posts: () => posts, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function namedQuery(app: AppProcess, name: string, requestId: string): Promise<void> {
  const res = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId },
    body: JSON.stringify({ query: `query ${name} { campaigns(first: 2) { nodes { id title } } }`, operationName: name }),
  });
  expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
}

/** The request's own log line (pino-http's "request completed"), found by its request id. */
function requestLogLine(app: AppProcess, requestId: string): Record<string, unknown> | undefined {
  return app
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { req?: { id?: string }; msg?: string })
    .find((entry) => entry.req?.id === requestId && entry.msg === 'request completed');
}

/**
 * OpenTelemetry export as an operator switches it on: OTEL_EXPORTER_OTLP_ENDPOINT pointing at a
 * collector. Two server processes side by side (tracing patches modules process-wide): one
 * traced, one not, sharing one collector.
 */
describe('OpenTelemetry traces', () => {
  const dirs: string[] = [];
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let traced: AppProcess;
  let untraced: AppProcess;

  beforeAll(async () => {
    collector = await startCollector();
    const dataDir = () => {
      const dir = mkdtempSync(join(tmpdir(), 'ugc-otel-'));
      dirs.push(dir);
      seedMigratedPglite(dir);
      return dir;
    };
    // A short batch delay so that spans arrive in a fraction of a second (5 s by default).
    const common = { LOG_LEVEL: 'info', OTEL_BSP_SCHEDULE_DELAY: '100' };
    [traced, untraced] = await Promise.all([
      startAppProcess({ ...common, DATA_DIR: dataDir(), OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_SERVICE_NAME: 'ugc-traced' }),
      // Everything an exporter would follow except the switch itself, so a stray SDK would send here.
      startAppProcess({ ...common, DATA_DIR: dataDir(), OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${collector.url}/v1/traces`, OTEL_SERVICE_NAME: 'ugc-untraced' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([traced?.stop(), untraced?.stop()]);
    await collector?.close();
    dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('sends a span per GraphQL operation (name, type) inside its HTTP request, with its SQL as children, and puts the trace id on the log line', async () => {
    await namedQuery(untraced, 'UntracedCampaigns', 'req-untraced-1');
    await namedQuery(traced, 'TracedCampaigns', 'req-traced-1');

    const operation = await waitFor(() => collector.spans.find((s) => s.name === 'query TracedCampaigns'), { timeout: 10_000, what: 'the operation span' });
    expect(operation.service).toBe('ugc-traced');
    expect(operation.attributes).toMatchObject({ 'graphql.operation.name': 'TracedCampaigns', 'graphql.operation.type': 'query' });
    const sameTrace = () => collector.spans.filter((s) => s.traceId === operation.traceId);
    const request = await waitFor(() => sameTrace().find((s) => s.spanId === operation.parentSpanId), { what: 'the HTTP span around it' });
    expect(request).toMatchObject({ name: 'POST graphql', parentSpanId: undefined, attributes: { 'http.request.method': 'POST', 'url.path': '/graphql', 'http.response.status_code': 200 } });
    const query = await waitFor(() => sameTrace().find((s) => s.parentSpanId === operation.spanId && s.attributes['db.system.name'] === 'postgresql' && s.name.startsWith('pg.query')), { what: 'an SQL span under the operation' });
    expect(String(query.attributes['db.query.text'])).toMatch(/^SELECT .* FROM "campaigns"/);

    const line = await waitFor(() => requestLogLine(traced, 'req-traced-1'), { what: "the request's log line" });
    expect(line).toMatchObject({ trace_id: operation.traceId, span_id: request.spanId });

    // Off: no span from the other process (it had the same batch delay, and a second round of the
    // traced one's export has passed since), and no trace id on its lines.
    const before = collector.posts();
    await namedQuery(traced, 'TracedAgain', 'req-traced-2');
    await waitFor(() => collector.spans.some((s) => s.name === 'query TracedAgain') && collector.posts() > before, { timeout: 10_000, what: 'the second operation span' });
    expect(new Set(collector.spans.map((s) => s.service))).toEqual(new Set(['ugc-traced']));
    const untracedLine = await waitFor(() => requestLogLine(untraced, 'req-untraced-1'), { what: "the untraced request's log line" });
    expect(untracedLine).not.toHaveProperty('trace_id');
  });
});
