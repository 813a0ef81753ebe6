import { serverAudits } from 'graphql-http';
import { startTestApp, TestApp } from '../../testing/test-app';

/**
 * The GraphQL-over-HTTP specification's own server audits (from the graphql-http package).
 * Every MUST passes. Requests carry Apollo's preflight header, as every real client of ours
 * does: CSRF prevention stays on for everything else.
 */
describe('GraphQL over HTTP audits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const audits = serverAudits({
    url: () => `${t.baseUrl}/graphql`,
    fetchFn: (input: string | URL | Request, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      headers.set('apollo-require-preflight', 'true');
      return fetch(input, { ...init, headers });
    },
  }).filter((audit) => audit.name.startsWith('MUST'));

  it.each(audits.map((audit) => [audit.name, audit] as const))('%s', async (_, audit) => {
    const result = await audit.fn();
    expect({ status: result.status, reason: result.status === 'ok' ? undefined : result.reason }).toEqual({ status: 'ok', reason: undefined });
  });
});
