import { buildCampaign, buildLikes, buildStory, buildUsers } from '../../../testing/builders';
import { DATABASES, startTestApp, TestApp } from '../../../testing/test-app';
import { BACKGROUND_SQL_MARK, FeedRanking } from './feed-ranking.service';

/**
 * Every feed and leaderboard order reads an index. The test captures the SQL the app really
 * sends for each order and asks PostgreSQL for its plan with sequential scans, bitmap scans and
 * sorts priced out: a query without an index that yields its order still shows a Seq Scan or a
 * Sort then, and fails here.
 */
describe.each(DATABASES)('feed and leaderboard indexes on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let campaignId: string;

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
    const crowd = (await buildUsers(t.dataSource, 12)).map((u) => u.id);
    const campaign = await buildCampaign(t.dataSource, { createdById: crowd[0] });
    campaignId = campaign.id;
    for (let n = 0; n < 30; n++) {
      const story = await buildStory(t.dataSource, {
        campaignId,
        authorId: crowd[n % crowd.length],
        featuredAt: n % 5 === 0 ? new Date() : null,
        publishedAt: new Date(Date.now() - n * 60_000),
      });
      await buildLikes(t.dataSource, story, crowd.slice(0, n % 7).filter((id) => id !== story.authorId));
    }
    await t.app.get(FeedRanking).rollUpChanged();
    await t.dataSource.query('ANALYZE');
  });
  afterAll(() => t.close());

  /** The statements (with their parameters) the app sends while `run` runs, background work left out. */
  const captureQueries = async (run: () => Promise<unknown>) => {
    const logger = t.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    const seen: { query: string; parameters: unknown[] }[] = [];
    logger.logQuery = (query, parameters, runner) => {
      if (!query.startsWith(BACKGROUND_SQL_MARK)) seen.push({ query, parameters: parameters ?? [] });
      return original(query, parameters, runner);
    };
    try {
      await run();
    } finally {
      logger.logQuery = original;
    }
    return seen;
  };

  /** The plans of the ordered reads among `queries`, with sequential scans priced out. */
  const plansOfOrderedReads = async (queries: { query: string; parameters: unknown[] }[]) => {
    const runner = t.dataSource.createQueryRunner();
    try {
      // Small test tables make any plan cheap: price out everything but reading an index in order,
      // so that what remains shows whether such an index exists.
      for (const setting of ['enable_seqscan', 'enable_sort', 'enable_bitmapscan']) await runner.query(`SET ${setting} = off`);
      const plans: string[] = [];
      for (const { query, parameters } of queries) {
        if (!/^\s*(WITH|SELECT)/i.test(query) || !/ORDER BY/i.test(query) || !/\b(stories|story_likes)\b/.test(query)) continue;
        const rows: { 'QUERY PLAN': string }[] = await runner.query(`EXPLAIN ${query}`, parameters);
        plans.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
      }
      return plans;
    } finally {
      await runner.query('RESET ALL');
      await runner.release();
    }
  };

  /** Feeds must come out of the index in order (no Sort); leaderboards rank counts, so they sort what the index found. */
  const expectIndexedPlans = (plans: string[], options: { ordered: boolean }) => {
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      expect(plan).not.toMatch(/Seq Scan on (stories|story_likes)\b/);
      expect(plan).toMatch(/Index (Only )?Scan/);
      if (options.ordered) expect(plan).not.toMatch(/\bSort\b/);
    }
  };

  it.each(['NEW', 'TOP', 'HOT', 'FEATURED'])('reads the %s feed through an index, on the first page and the next, and writes nothing', async (sort) => {
    const page = `query ($id: ID!, $sort: FeedSort, $after: String) { feed(campaignId: $id, sort: $sort, first: 5, after: $after) { nodes { id } pageInfo { endCursor } } }`;
    let endCursor: string | null = null;
    const queries = await captureQueries(async () => {
      const first = await t.gql(page, { id: campaignId, sort });
      endCursor = first.data!.feed.pageInfo.endCursor;
      await t.gql(page, { id: campaignId, sort, after: endCursor });
    });
    expect(endCursor).not.toBeNull();
    expectIndexedPlans(await plansOfOrderedReads(queries), { ordered: true });
    // Reads never write (so feeds can be served by a read replica, and scrolling costs no WAL).
    expect(queries.map((q) => q.query).filter((query) => !/^\s*SELECT\b/i.test(query) || /\b(INSERT|UPDATE|DELETE)\b/i.test(query))).toEqual([]);
  });

  it.each(['DAY', 'WEEK', 'ALL_TIME'])('reads the %s leaderboards through indexes', async (period) => {
    const queries = await captureQueries(async () => {
      const stories = await t.gql(`query ($id: ID!, $p: LeaderboardPeriod) { storyLeaderboard(campaignId: $id, period: $p) { rank } }`, { id: campaignId, p: period });
      const people = await t.gql(`query ($id: ID!, $p: LeaderboardPeriod) { contributorLeaderboard(campaignId: $id, period: $p) { rank } }`, { id: campaignId, p: period });
      expect(stories.errors ?? people.errors).toBeUndefined();
    });
    expectIndexedPlans(await plansOfOrderedReads(queries), { ordered: false });
  });
});
