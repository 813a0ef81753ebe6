import { startTestApp, TestApp } from '../testing/test-app';
import { DEMO_PASSWORD } from './demo-content';
import { DemoSeedService } from './demo-seed.service';

describe('the demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { SEED_DEMO: '1' } });
  }, 120_000);
  afterAll(() => t.close());

  it('fills an empty database with campaigns, stories with photos, likes and comments', async () => {
    const campaigns = await t.gql(`{ campaigns(first: 10) { nodes { slug status storyCount } } }`);
    const bySlug = Object.fromEntries(campaigns.data!.campaigns.nodes.map((c: { slug: string }) => [c.slug, c]));
    expect(bySlug['my-little-life-things']).toMatchObject({ status: 'ACTIVE' });
    expect(bySlug['cool-summer']).toMatchObject({ status: 'ACTIVE' });
    expect(bySlug['life-behind-the-brand']).toMatchObject({ status: 'ENDED' });
    const [{ stories, photos, likes, comments }] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM stories)::int AS stories, (SELECT count(*) FROM photos WHERE status = 'READY')::int AS photos,
              (SELECT count(*) FROM story_likes)::int AS likes, (SELECT count(*) FROM comments)::int AS comments`,
    );
    expect(stories).toBeGreaterThanOrEqual(25);
    expect(photos).toBeGreaterThanOrEqual(stories);
    expect(likes).toBeGreaterThan(100);
    expect(comments).toBeGreaterThan(20);
  });

  it('gives the running campaigns a HOT order that is not NEW\'s: a well-liked recent story leads', async () => {
    for (const slug of ['my-little-life-things', 'cool-summer']) {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM campaigns WHERE slug = $1`, [slug]);
      const feed = async (sort: string) =>
        (await t.gql(`query ($id: ID!, $sort: FeedSort) { feed(campaignId: $id, sort: $sort, first: 50) { nodes { id likeCount } } }`, { id, sort })).data!.feed
          .nodes as { id: string; likeCount: number }[];
      const [hot, fresh] = [await feed('HOT'), await feed('NEW')];
      expect(hot.map((s) => s.id)).not.toEqual(fresh.map((s) => s.id));
      expect(hot[0].id).not.toBe(fresh[0].id);
      expect(hot[0].likeCount).toBeGreaterThan(fresh[0].likeCount);
    }
  });

  it('freezes the ended campaign\'s leaderboard', async () => {
    const [ended] = await t.dataSource.query(`SELECT id, leaderboard_frozen_at FROM campaigns WHERE slug = 'life-behind-the-brand'`);
    expect(ended.leaderboard_frozen_at).not.toBeNull();
    const board = await t.gql(`query ($id: ID!) { storyLeaderboard(campaignId: $id) { rank likeCount } }`, { id: ended.id });
    expect(board.data!.storyLeaderboard.length).toBeGreaterThan(3);
    expect(board.data!.storyLeaderboard[0].likeCount).toBeGreaterThan(0);
  });

  it('finishes the ended campaign: prizes of every method, final results with a verifiable draw, a claimed prize', async () => {
    const [ended] = await t.dataSource.query(`SELECT id FROM campaigns WHERE slug = 'life-behind-the-brand'`);
    const query = `query ($id: ID!) { campaignResults(campaignId: $id) { finalizedAt voidedLikeCount
      prizes { prize { method quantity } proof { commitment seed entrantsHash entrants } winners { status story { id } claim { recipientName } } } } }`;
    const results = (await t.gql(query, { id: ended.id })).data!.campaignResults;
    expect(results.finalizedAt).not.toBeNull();
    expect(results.prizes.map((p: { prize: { method: string } }) => p.prize.method)).toEqual(['RANK', 'JUDGES', 'DRAW']);
    for (const prize of results.prizes) expect(prize.winners.length).toBeGreaterThanOrEqual(prize.prize.quantity);
    const draw = results.prizes[2].proof;
    expect(draw.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(draw.entrants.length).toBeGreaterThan(1);
    const statuses = results.prizes.flatMap((p: { winners: { status: string }[] }) => p.winners.map((w) => w.status));
    expect(statuses).toContain('CLAIMED');
    expect(statuses).toContain('NOTIFIED');
    // The claim itself is for brand staff only.
    expect(results.prizes.flatMap((p: { winners: { claim: unknown }[] }) => p.winners.map((w) => w.claim)).every((c: unknown) => c === null)).toBe(true);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM prize_winners WHERE campaign_id = $1 AND claim_ciphertext IS NOT NULL`, [ended.id]);
    expect(n).toBe(1);
    // The demo customer won the judges' pick and has it to claim.
    const login = await t.gql(`mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: 'customer@demo.local', p: DEMO_PASSWORD });
    const wins = await t.gql(`{ myWins { status prize { method } } }`, {}, login.data!.login.accessToken);
    expect(wins.data!.myWins).toEqual([{ status: 'NOTIFIED', prize: { method: 'JUDGES' } }]);
  });

  it('makes one account per role with the documented password', async () => {
    for (const [email, role] of [['customer@demo.local', 'CUSTOMER'], ['moderator@demo.local', 'MODERATOR'], ['brand@demo.local', 'BRAND_STAFF'], ['admin@demo.local', 'ADMIN']]) {
      const login = await t.gql(`mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { user { role } } }`, { e: email, p: DEMO_PASSWORD });
      expect(login.data!.login.user.role).toBe(role);
    }
  });

  it('leaves stories waiting for review and featured picks', async () => {
    const [{ pending, featured }] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending, count(*) FILTER (WHERE featured_at IS NOT NULL)::int AS featured FROM stories`,
    );
    expect(pending).toBeGreaterThanOrEqual(2);
    expect(featured).toBeGreaterThanOrEqual(2);
  });

  it('seeds only into an empty database', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM stories`);
    await t.app.get(DemoSeedService).onApplicationBootstrap();
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM stories`)).toEqual(before);
  });
});
