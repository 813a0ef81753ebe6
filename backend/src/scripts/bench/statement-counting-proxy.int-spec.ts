import { Client } from 'pg';
import { REAL_POSTGRES_URL } from '../../testing/test-database';
import { StatementCountingProxy } from './statement-counting-proxy';

// A wire-protocol reader needs a real server to talk to.
const describeOnPostgres = REAL_POSTGRES_URL ? describe : describe.skip;

describeOnPostgres(StatementCountingProxy.name, () => {
  let proxy: StatementCountingProxy;
  let client: Client;

  beforeAll(async () => {
    proxy = await StatementCountingProxy.start(REAL_POSTGRES_URL!);
    client = new Client({ connectionString: proxy.via(REAL_POSTGRES_URL!) });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await proxy?.stop();
  });

  it('counts simple queries, unnamed statements and every run of a named one, background apart, and keeps their values', async () => {
    await proxy.settle();
    const before = proxy.statements;
    proxy.startCapture();
    await client.query('SELECT 1');
    await client.query('SELECT $1::int + $2::int AS n', [1, null]);
    for (const value of ['a', 'b']) await client.query({ name: 'named', text: 'SELECT $1::text AS v', values: [value] });
    await client.query('/* background */ SELECT 2');
    const captured = proxy.stopCapture();

    expect(proxy.statements - before).toBe(4);
    expect(proxy.background).toBe(1);
    expect(captured).toEqual([
      { text: 'SELECT 1' },
      { text: 'SELECT $1::int + $2::int AS n', params: ['1', null], named: false },
      { text: 'SELECT $1::text AS v', params: ['a'], named: true },
      { text: 'SELECT $1::text AS v', params: ['b'], named: true },
    ]);
  });
});
