import { buildCampaign } from '../../testing/builders';
import { startTestApp, TestApp } from '../../testing/test-app';

/** What goes over the wire to a phone: large GraphQL answers compressed, small ones as they are. */
describe('response compression', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const post = (query: string) =>
    fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query }),
    });

  it('compresses a large GraphQL answer and leaves a small one alone', async () => {
    const admin = await t.createUser();
    for (let i = 0; i < 20; i++) await buildCampaign(t.dataSource, { createdById: admin.user.id, description: `A long description ${i} `.repeat(40) });

    const large = await post(`{ campaigns(first: 20) { nodes { id description } } }`);
    expect(large.headers.get('content-encoding')).toBe('gzip');
    // fetch decodes the body itself; the header shows what travelled.
    const body = (await large.json()) as { data: { campaigns: { nodes: unknown[] } } };
    expect(body.data.campaigns.nodes).toHaveLength(20);

    const small = await post(`{ campaigns(first: 1) { nodes { id } } }`);
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(((await small.json()) as { data: { campaigns: { nodes: unknown[] } } }).data.campaigns.nodes).toHaveLength(1);
  });
});
