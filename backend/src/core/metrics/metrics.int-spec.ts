import { openSocket } from '../../testing/socket-client';
import { startTestApp, TestApp } from '../../testing/test-app';
import { waitFor } from '../../testing/wait-for';

const scrape = async (t: TestApp, headers: Record<string, string> = {}) => fetch(`${t.baseUrl}/metrics`, { headers });

/** The value of one series in Prometheus' text format, e.g. `http_requests_total{route="graphql",method="POST",status="200"}`. */
const valueOf = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('counts operations by name, errors by code, refusals, HTTP by route, and reads gauges when scraped', async () => {
    for (let i = 0; i < 2; i++) await t.gql(`query CampaignsForMetrics { campaigns(first: 1) { nodes { id } } }`);
    await t.gql(`query BadCursor { campaigns(first: 1, after: "garbage") { nodes { id } } }`);
    // The 11th wrong password for one account from one client is refused by the login limit.
    for (let i = 0; i < 11; i++) await t.gql(`mutation { login(email: "nobody@example.com", password: "wrong-password") { accessToken } }`);
    const socket = openSocket(t);
    try {
      await socket.run(`query SocketHello { __typename }`);

      const response = await scrape(t);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await response.text();
      expect(valueOf(text, 'graphql_operations_total{operation="CampaignsForMetrics",type="query",transport="http"}')).toBe(2);
      expect(valueOf(text, 'graphql_operation_duration_seconds_count{operation="CampaignsForMetrics",type="query"}')).toBe(2);
      expect(valueOf(text, 'graphql_operations_total{operation="SocketHello",type="query",transport="websocket"}')).toBe(1);
      expect(valueOf(text, 'graphql_errors_total{code="BAD_USER_INPUT"}')).toBeGreaterThanOrEqual(1);
      expect(valueOf(text, 'graphql_errors_total{code="RATE_LIMITED"}')).toBeGreaterThanOrEqual(1);
      expect(valueOf(text, 'rate_limit_refusals_total{limit="login-account-client"}')).toBeGreaterThanOrEqual(1);
      expect(valueOf(text, 'http_requests_total{route="graphql",method="POST",status="200"}')).toBeGreaterThanOrEqual(14);
      expect(valueOf(text, 'websocket_connections')).toBe(1);
      expect(valueOf(text, 'db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
      expect(valueOf(text, 'jobs_waiting')).toBeGreaterThanOrEqual(0);
      expect(text).toContain('nodejs_eventloop_lag_seconds');
    } finally {
      await socket.dispose();
    }
    await waitFor(async () => valueOf(await (await scrape(t)).text(), 'websocket_connections') === 0);
  });

  it('keeps operation names from clients bounded: implausible names count as "other"', async () => {
    await t.gql(`query Q${'x'.repeat(70)} { __typename }`);
    expect(valueOf(await (await scrape(t)).text(), 'graphql_operations_total{operation="other",type="query",transport="http"}')).toBeGreaterThanOrEqual(1);
  });
});

describe('metrics in production', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-for-this-test-only' };

  it('are absent without METRICS_TOKEN, and need the token with it', async () => {
    const closed = await startTestApp({ env: production });
    try {
      expect((await scrape(closed)).status).toBe(404);
    } finally {
      await closed.close();
    }
    const guarded = await startTestApp({ env: { ...production, METRICS_TOKEN: 'scrape-token-0123456789' } });
    try {
      expect((await scrape(guarded)).status).toBe(401);
      expect((await scrape(guarded, { authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401);
      expect((await scrape(guarded, { authorization: 'Bearer scrape-token-0123456789' })).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
