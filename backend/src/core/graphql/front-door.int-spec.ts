import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { Role } from '../../modules/accounts/role.enum';
import { gqlOverSocket } from '../../testing/socket-client';
import { codeOf, GqlResult, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { printedSchema, SCHEMA_FILE } from './printed-schema';

const json = (t: TestApp) => request(t.baseUrl).post('/graphql').set('content-type', 'application/json');

type Send = (t: TestApp, query: string, variables?: Record<string, unknown>, as?: TestUser | string) => Promise<GqlResult>;

/** The same document must meet the same rules whichever way it comes in. */
const TRANSPORTS: [string, Send][] = [
  ['HTTP', (t, query, variables, as) => t.gql(query, variables, as)],
  ['websocket', (t, query, variables, as) => gqlOverSocket(t, query, variables, as)],
];

// One app per configuration for the whole file (each boot costs seconds on a busy machine): the
// tests make their own rows (emails differ per transport) and none changes what another reads.
let development: TestApp;
let production: TestApp;
beforeAll(async () => {
  [development, production] = await Promise.all([
    startTestApp(),
    startTestApp({ env: { NODE_ENV: 'production', FRAME_ANCESTORS: 'https://shop.example.com https://m.shop.example.com' } }),
  ]);
});
afterAll(() => Promise.all([development?.close(), production?.close()]));

describe.each(TRANSPORTS)('the GraphQL front door over %s', (transport, send) => {
  let t: TestApp;
  beforeAll(() => {
    t = development;
  });
  const target = `alias-target-${transport.toLowerCase()}@example.com`;
  const gql = (query: string, variables?: Record<string, unknown>, as?: TestUser | string) => send(t, query, variables, as);

  describe('refuses abusive documents before they run', () => {
    it('refuses a query nested too deep', async () => {
      const nest = (depth: number): string => (depth === 0 ? 'id' : `id comments { nodes { story { ${nest(depth - 1)} } } }`);
      const deep = `{ story(id: "00000000-0000-4000-8000-000000000000") { ${nest(6)} } }`;
      const result = await gql(deep);
      expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
    });

    it('refuses 500 aliased fields', async () => {
      const result = await gql(`{ ${Array.from({ length: 500 }, (_, i) => `a${i}: me { id }`).join(' ')} }`);
      expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
      expect(result.data).toBeUndefined();
    });

    it('does not try 50 passwords sent as aliased logins in one document', async () => {
      const { user } = await t.createUser({ email: target });
      expect(user).toBeDefined();
      const logins = Array.from({ length: 50 }, (_, i) => `l${i}: login(email: "${target}", password: "guess-${i}") { accessToken }`);
      const result = await gql(`mutation { ${logins.join(' ')} }`);
      expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
      // Had they run, the account's 10 failed attempts would be spent and this would be RATE_LIMITED.
      const next = await gql(`mutation { login(email: "${target}", password: "wrong") { accessToken } }`);
      expect(codeOf(next)).toBe('UNAUTHENTICATED');
    });
  });

  it('refuses a costly document whether its page sizes are literals or variables', async () => {
    const literal = `{ feed(campaignId: "00000000-0000-4000-8000-000000000000", first: 100) { nodes { comments(first: 100) { nodes { id body author { displayName } } } } } }`;
    expect(codeOf(await gql(literal))).toBe('QUERY_TOO_COMPLEX');
    const withVariables = `query ($n: Int, $m: Int) { feed(campaignId: "00000000-0000-4000-8000-000000000000", first: $n) { nodes { comments(first: $m) { nodes { id body author { displayName } } } } } }`;
    expect(codeOf(await gql(withVariables, { n: 100, m: 100 }))).toBe('QUERY_TOO_COMPLEX');
    // The same shape with small pages is fine (the campaign does not exist: an ordinary NOT_FOUND or empty answer).
    expect(codeOf(await gql(withVariables, { n: 5, m: 5 }))).not.toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a NUL byte with BAD_USER_INPUT', async () => {
    const result = await gql(`mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`, {
      input: { email: 'nul@example.com', password: 'long-enough', displayName: 'bad\u0000name' },
    });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });

  it('refuses 600 aliases at once, quickly and with a small answer', async () => {
    const started = Date.now();
    const result = await gql(`{ ${Array.from({ length: 600 }, (_, i) => `a${i}: campaigns(first: 100) { nodes { id title description } }`).join(' ')} }`);
    expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.data ?? undefined).toBeUndefined();
    expect(JSON.stringify(result).length).toBeLessThan(2_000);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a document of more than 4,000 tokens', async () => {
    const result = await gql(`{ ${'__typename '.repeat(4100)} }`);
    expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers an invalid document with GRAPHQL_VALIDATION_FAILED and bad variables with BAD_USER_INPUT', async () => {
    expect(codeOf(await gql(`{ nothingHere }`))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(codeOf(await gql(`query ($n: Int!) { campaigns(first: $n) { nodes { id } } }`, { n: 'many' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(`{ me { id `))).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a malformed id and invalid text without a raw database message', async () => {
    const result = await gql(`query ($id: ID!) { story(id: $id) { id } }`, { id: "x'; select 1; --\udc00" });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result)).not.toMatch(/invalid byte sequence|syntax error at|QueryFailedError/i);
  });

  it.each([
    ['emoji', '🌸✨🧋'],
    ['Chinese', '我的生活小物'],
    ['right-to-left', 'مرحبا بالعالم'],
    ['HTML', '<b onclick="x">hi</b>'],
    ['SQL-looking text', "'; DROP TABLE users; --"],
  ])('stores and returns %s verbatim', async (_, name) => {
    const result = await gql(`mutation ($input: RegisterInput!) { register(input: $input) { user { displayName } } }`, {
      input: { email: `verbatim${Math.random()}@example.com`, password: 'long-enough', displayName: name },
    });
    expect(result.data!.register.user.displayName).toBe(name);
  });

  it('hides internal errors: an unknown failure is INTERNAL_SERVER_ERROR with no detail', async () => {
    const admin = await t.createUser({ role: Role.ADMIN });
    // Break the table under the resolver, then ask for it.
    await t.dataSource.query(`ALTER TABLE users RENAME COLUMN display_name TO display_name_moved`);
    try {
      const result = await gql(`{ me { id displayName } }`, {}, admin);
      const error = result.errors![0];
      expect(error.extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(result.errors)).not.toMatch(/display_name|SELECT|stack|\.ts|node_modules/i);
    } finally {
      await t.dataSource.query(`ALTER TABLE users RENAME COLUMN display_name_moved TO display_name`);
    }
  });

});

describe('the GraphQL front door over HTTP only', () => {
  let t: TestApp;
  beforeAll(() => {
    t = development;
  });

  it('refuses HTTP array batching', async () => {
    const res = await json(t).send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(res.status).toBe(400);
  });

  it('refuses a mutation over GET', async () => {
    const res = await request(t.baseUrl)
      .get('/graphql')
      .query({ query: 'mutation { login(email: "a@b.co", password: "12345678") { accessToken } }' })
      .set('apollo-require-preflight', 'true');
    expect(res.status).toBe(405);
  });

  it('keeps CSRF prevention on: a simple GET without a preflight header is refused', async () => {
    const res = await request(t.baseUrl).get('/graphql').query({ query: '{ me { id } }' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/i);
  });

  it('answers 413 to a body over 1 MB and 400 to malformed JSON', async () => {
    const big = await json(t).send(JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1_100_000) } }));
    expect(big.status).toBe(413);
    const malformed = await json(t).send('{"query": "{ me { id } ');
    expect(malformed.status).toBe(400);
  });

  it('tags every response with a request id', async () => {
    const res = await json(t).send({ query: '{ me { id } }' });
    expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
  });

  it('answers /healthz and /readyz', async () => {
    expect((await request(t.baseUrl).get('/healthz')).status).toBe(200);
    const ready = await request(t.baseUrl).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.checks.database).toBe('ok');
  });

  it('keeps shared/schema.graphql in step with the server (run `npm run schema:print` after changing the API)', () => {
    const printed = printedSchema(t.app.get(GraphQLSchemaHost).schema);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });
});

describe.each(TRANSPORTS)('the GraphQL front door in production over %s', (_transport, send) => {
  let t: TestApp;
  beforeAll(() => {
    t = production;
  });
  const gql = (query: string, variables?: Record<string, unknown>, as?: TestUser | string) => send(t, query, variables, as);

  it('refuses introspection', async () => {
    const result = await gql(`{ __schema { types { name } } }`);
    expect(result.errors?.[0].message).toMatch(/introspection/i);
  });

  it('gives no "did you mean" suggestions', async () => {
    const result = await gql(`{ mee { id } }`);
    expect(result.errors).toBeDefined();
    expect(JSON.stringify(result.errors)).not.toMatch(/did you mean/i);
  });

  it('answers with no stack traces', async () => {
    const result = await gql(`{ me { id } }`, {}, 'not-a-token');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\(/);
  });
});

describe('security headers', () => {
  it('sends a script-tight CSP, no framing, an origin-only referrer, and no HSTS outside production', async () => {
    for (const path of ['/', '/c/some-campaign', '/graphql?query=%7B__typename%7D']) {
      const res = await request(development.baseUrl).get(path).set('apollo-require-preflight', 'true');
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('in production: HSTS, and framing only by the origins in FRAME_ANCESTORS', async () => {
    const res = await request(production.baseUrl).get('/');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(res.headers['content-security-policy']).toContain('frame-ancestors https://shop.example.com https://m.shop.example.com');
  });
});
