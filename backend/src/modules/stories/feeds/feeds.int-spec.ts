import { randomUUID } from 'node:crypto';
import { decodeCursor, encodeCursor } from '../../../core/pagination/cursor';
import { buildCampaign, buildLikes, buildStory, buildUsers } from '../../../testing/builders';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../../testing/test-app';
import { waitFor } from '../../../testing/wait-for';
import { Role } from '../../accounts/role.enum';
import { StoryStatus } from '../story-status.enum';
import type { StoryEntity } from '../story.entity';
import { BACKGROUND_SQL_MARK, FeedRanking } from './feed-ranking.service';
import { SNAPSHOT_REUSE_SECONDS } from './feed-snapshots';
import { hotScore } from './hot-score';

const FEED = `query ($campaignId: ID!, $sort: FeedSort, $first: Int, $after: String) {
  feed(campaignId: $campaignId, sort: $sort, first: $first, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } }
}`;
const HOUR = 3600_000;

describe.each(DATABASES)('feeds on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;
  let crowd: string[];

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
    staff = await t.createUser({ role: Role.BRAND_STAFF });
    crowd = (await buildUsers(t.dataSource, 30)).map((u) => u.id);
  });
  afterAll(() => t.close());

  const newCampaign = (overrides: Parameters<typeof buildCampaign>[1] extends infer O ? Partial<O> : never = {}) =>
    buildCampaign(t.dataSource, { createdById: staff.user.id, ...overrides });
  const newStory = async (campaignId: string, overrides: Partial<StoryEntity> = {}) =>
    buildStory(t.dataSource, { campaignId, authorId: crowd[0], ...overrides });
  const rollUp = () => t.app.get(FeedRanking).rollUpChanged();
  const ids = (result: { data?: Record<string, any> | null }) => result.data!.feed.nodes.map((n: { id: string }) => n.id);

  /** Walks a feed page by page, running `between` after each page. */
  const walk = async (campaignId: string, sort: string, first: number, between: (page: number) => Promise<void> = async () => {}) => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 100; page++) {
      const result = await t.gql(FEED, { campaignId, sort, first, after });
      expect(result.errors).toBeUndefined();
      seen.push(...ids(result));
      if (!result.data!.feed.pageInfo.hasNextPage) return seen;
      after = result.data!.feed.pageInfo.endCursor;
      await between(page);
    }
    throw new Error('the feed did not end');
  };

  it('NEW: newest published first, APPROVED stories of this campaign only', async () => {
    const campaign = await newCampaign();
    const old = await newStory(campaign.id, { publishedAt: new Date(Date.now() - 3 * HOUR) });
    const newest = await newStory(campaign.id, { publishedAt: new Date(Date.now() - 1 * HOUR) });
    const middle = await newStory(campaign.id, { publishedAt: new Date(Date.now() - 2 * HOUR) });
    await newStory(campaign.id, { status: StoryStatus.PENDING });
    await newStory(campaign.id, { status: StoryStatus.REMOVED, publishedAt: new Date() });
    await newStory(campaign.id, { deletedAt: new Date() });
    await newStory((await newCampaign()).id);
    expect(ids(await t.gql(FEED, { campaignId: campaign.id }))).toEqual([newest.id, middle.id, old.id]);
  });

  it('TOP: most likes first, newer first on ties', async () => {
    const campaign = await newCampaign();
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR);
    const [oneOld, three, oneNew, none] = [
      await newStory(campaign.id, { publishedAt: at(5) }),
      await newStory(campaign.id, { publishedAt: at(4) }),
      await newStory(campaign.id, { publishedAt: at(1) }),
      await newStory(campaign.id, { publishedAt: at(2) }),
    ];
    await buildLikes(t.dataSource, oneOld, crowd.slice(0, 1));
    await buildLikes(t.dataSource, three, crowd.slice(0, 3));
    await buildLikes(t.dataSource, oneNew, crowd.slice(5, 6));
    await rollUp();
    expect(ids(await t.gql(FEED, { campaignId: campaign.id, sort: 'TOP' }))).toEqual([three.id, oneNew.id, oneOld.id, none.id]);
  });

  it('HOT: likes weighed against age, as hotScore computes it', async () => {
    const campaign = await newCampaign();
    const specs = [
      { hoursAgo: 0.5, likes: 0 },
      { hoursAgo: 3, likes: 10 },
      { hoursAgo: 30, likes: 25 },
      { hoursAgo: 1, likes: 2 },
      { hoursAgo: 10, likes: 6 },
    ];
    const stories = [];
    const builtFrom = new Date();
    for (const spec of specs) {
      const story = await newStory(campaign.id, { publishedAt: new Date(Date.now() - spec.hoursAgo * HOUR) });
      await buildLikes(t.dataSource, story, crowd.slice(0, spec.likes));
      stories.push({ ...spec, story });
    }
    await rollUp();
    const expected = [...stories]
      .sort((a, b) => hotScore(b.likes, b.story.publishedAt!) - hotScore(a.likes, a.story.publishedAt!))
      .map((s) => s.story.id);
    expect(ids(await t.gql(FEED, { campaignId: campaign.id, sort: 'HOT' }))).toEqual(expected);
    const stored = await t.dataSource.query(`SELECT id, hot_score FROM stories WHERE campaign_id = $1`, [campaign.id]);
    const readAt = new Date();
    for (const row of stored) {
      const spec = stories.find((s) => s.story.id === row.id)!;
      // Scored at some moment between the first like and this read (the app rolls up every
      // second on its own too, so it may have re-scored after ours): the score decays with age,
      // so it lies between these.
      expect(row.hot_score).toBeLessThanOrEqual(hotScore(spec.likes, spec.story.publishedAt!, builtFrom) + 1e-9);
      expect(row.hot_score).toBeGreaterThanOrEqual(hotScore(spec.likes, spec.story.publishedAt!, readAt) - 1e-9);
    }
  });

  it('HOT: ages count in days, so a day-old story liked by eight people stays above one an hour old liked once', async () => {
    const campaign = await newCampaign();
    const dayOld = await newStory(campaign.id, { publishedAt: new Date(Date.now() - 24 * HOUR) });
    const fresh = await newStory(campaign.id, { publishedAt: new Date(Date.now() - 1 * HOUR) });
    await buildLikes(t.dataSource, dayOld, crowd.slice(0, 8));
    await buildLikes(t.dataSource, fresh, crowd.slice(0, 1));
    await rollUp();
    expect(ids(await t.gql(FEED, { campaignId: campaign.id, sort: 'HOT' }))).toEqual([dayOld.id, fresh.id]);
    expect(ids(await t.gql(FEED, { campaignId: campaign.id, sort: 'NEW' }))).toEqual([fresh.id, dayOld.id]);
  });

  it('HOT: a story\'s score rises with its likes within seconds, through the app\'s own roll-up', async () => {
    const campaign = await newCampaign();
    const liked = await newStory(campaign.id, { publishedAt: new Date(Date.now() - 12 * HOUR) });
    const other = await newStory(campaign.id, { publishedAt: new Date(Date.now() - 1 * HOUR) });
    await rollUp();
    expect(ids(await t.gql(FEED, { campaignId: campaign.id, sort: 'HOT' }))).toEqual([other.id, liked.id]);
    await buildLikes(t.dataSource, liked, crowd.slice(0, 10));
    // No rollUp() here: the app's once-a-second one must do it (a new snapshot after the reuse window).
    await waitFor(async () => ids(await t.gql(FEED, { campaignId: campaign.id, sort: 'HOT' }))[0] === liked.id, {
      timeout: 3000 + SNAPSHOT_REUSE_SECONDS * 1000,
      what: 'the liked story to lead HOT',
    });
  });

  it.each(['TOP', 'HOT'])('%s: a page never shows its stories in an order its counts contradict, even from a shared snapshot', async (sort) => {
    const campaign = await newCampaign();
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR);
    const leader = await newStory(campaign.id, { publishedAt: at(2) });
    const chaser = await newStory(campaign.id, { publishedAt: at(2) });
    await buildLikes(t.dataSource, leader, crowd.slice(0, 3));
    await rollUp();
    const before = await t.gql(FEED, { campaignId: campaign.id, sort, first: 10 });
    expect(ids(before)).toEqual([leader.id, chaser.id]);
    await buildLikes(t.dataSource, chaser, crowd.slice(0, 9));
    await rollUp();
    // Within the reuse window: the same snapshot (the same stories on the page), in the order of the counts now.
    const after = await t.gql(FEED, { campaignId: campaign.id, sort, first: 10 });
    expect(decodeCursor(after.data!.feed.pageInfo.endCursor, 3)[0]).toBe(decodeCursor(before.data!.feed.pageInfo.endCursor, 3)[0]);
    expect(ids(after)).toEqual([chaser.id, leader.id]);
  });

  it('FEATURED: featured stories only, most recently featured first', async () => {
    const campaign = await newCampaign();
    const earlier = await newStory(campaign.id, { featuredAt: new Date(Date.now() - 2 * HOUR) });
    const later = await newStory(campaign.id, { featuredAt: new Date(Date.now() - HOUR) });
    await newStory(campaign.id);
    await newStory(campaign.id, { featuredAt: new Date(), status: StoryStatus.REMOVED });
    expect(ids(await t.gql(FEED, { campaignId: campaign.id, sort: 'FEATURED' }))).toEqual([later.id, earlier.id]);
  });

  it('shows a DRAFT campaign\'s feed to BRAND_STAFF and ADMIN only', async () => {
    const draft = await newCampaign({ published: false });
    await newStory(draft.id);
    expect(codeOf(await t.gql(FEED, { campaignId: draft.id }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(FEED, { campaignId: draft.id }, await t.createUser()))).toBe('NOT_FOUND');
    expect(ids(await t.gql(FEED, { campaignId: draft.id }, staff))).toHaveLength(1);
    expect(codeOf(await t.gql(FEED, { campaignId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(FEED, { campaignId: draft.id, first: 101 }, staff))).toBe('BAD_USER_INPUT');
  });

  describe('walking page by page while stories and likes arrive', () => {
    let campaignId: string;
    let original: string[];

    beforeEach(async () => {
      const campaign = await newCampaign();
      campaignId = campaign.id;
      original = [];
      for (let n = 0; n < 23; n++) {
        const story = await newStory(campaign.id, {
          publishedAt: new Date(Date.now() - (n + 1) * 600_000),
          featuredAt: new Date(Date.now() - (n + 1) * 60_000),
        });
        await buildLikes(t.dataSource, story, crowd.slice(0, n % 7));
        original.push(story.id);
      }
      await rollUp();
    });

    it.each(['NEW', 'TOP', 'HOT', 'FEATURED'])('%s gives every story exactly once', async (sort) => {
      let liker = 10;
      const seen = await walk(campaignId, sort, 4, async (page) => {
        // A new story, featured now, and likes for stories at the bottom, so that every order moves.
        await newStory(campaignId, { featuredAt: new Date() });
        const [bottom] = await t.dataSource.query(
          `SELECT id, campaign_id AS "campaignId" FROM stories WHERE campaign_id = $1 ORDER BY like_count, hot_score LIMIT 1`,
          [campaignId],
        );
        await buildLikes(t.dataSource, bottom, crowd.slice(liker, liker + 5 + page));
        liker += 1;
        await rollUp();
      });
      const originalSeen = seen.filter((id) => original.includes(id));
      expect(new Set(seen).size).toBe(seen.length);
      expect(originalSeen.sort()).toEqual([...original].sort());
    });
  });

  it('TOP and HOT: readers opening the feed within seconds share one snapshot', async () => {
    const campaign = await newCampaign();
    for (let n = 0; n < 3; n++) await newStory(campaign.id);
    await rollUp();
    const first = await t.gql(FEED, { campaignId: campaign.id, sort: 'TOP', first: 1 });
    const second = await t.gql(FEED, { campaignId: campaign.id, sort: 'TOP', first: 1 }, await t.createUser());
    expect(ids(second)).toEqual(ids(first));
    const snapshotOf = (result: typeof first) => decodeCursor(result.data!.feed.pageInfo.endCursor, 3)[0];
    expect(snapshotOf(second)).toBe(snapshotOf(first));
  });

  it('refuses a cursor from another feed or an expired snapshot with BAD_USER_INPUT', async () => {
    const campaign = await newCampaign();
    const other = await newCampaign();
    for (let n = 0; n < 3; n++) await newStory(campaign.id);
    const top = await t.gql(FEED, { campaignId: campaign.id, sort: 'TOP', first: 1 });
    const cursor = top.data!.feed.pageInfo.endCursor;
    expect(codeOf(await t.gql(FEED, { campaignId: campaign.id, sort: 'NEW', after: cursor }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(FEED, { campaignId: campaign.id, sort: 'HOT', after: cursor }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(FEED, { campaignId: other.id, sort: 'TOP', after: cursor }))).toBe('BAD_USER_INPUT');
    const newCursor = (await t.gql(FEED, { campaignId: campaign.id, sort: 'NEW', first: 1 })).data!.feed.pageInfo.endCursor;
    expect(codeOf(await t.gql(FEED, { campaignId: campaign.id, sort: 'TOP', after: newCursor }))).toBe('BAD_USER_INPUT');
    // A snapshot that expired (or never was): start again from the top.
    const expired = encodeCursor([randomUUID(), 1, 'TOP']);
    expect(codeOf(await t.gql(FEED, { campaignId: campaign.id, sort: 'TOP', after: expired }))).toBe('BAD_USER_INPUT');
  });

  it('TOP past the first 1,000 stories: the snapshot is extended, still every story once', async () => {
    const campaign = await newCampaign();
    await t.dataSource.query(
      `INSERT INTO stories (campaign_id, author_id, title, body, status, published_at)
       SELECT $1, $2, 'Story ' || n, 'Body', 'APPROVED', now() - n * interval '1 minute' FROM generate_series(1, 1030) AS n`,
      [campaign.id, crowd[0]],
    );
    const all: string[] = (await t.dataSource.query(`SELECT id FROM stories WHERE campaign_id = $1`, [campaign.id])).map(
      (r: { id: string }) => r.id,
    );
    const seen = await walk(campaign.id, 'TOP', 100, async (page) => {
      if (page === 5) {
        // Stories far down the list get liked: they move up, but not into positions already read.
        const tail = all.slice(-3).map((id) => ({ id, campaignId: campaign.id }));
        for (const story of tail) await buildLikes(t.dataSource, story, crowd.slice(0, 3));
        await rollUp();
      }
    });
    expect(seen).toHaveLength(1030);
    expect(new Set(seen).size).toBe(1030);
  }, 120_000);

  it('featuredStories: featured stories of published, started campaigns, most recently featured first', async () => {
    const [active, ended, draft, scheduled] = [
      await newCampaign(),
      await newCampaign({ startsAt: new Date(Date.now() - 48 * HOUR), endsAt: new Date(Date.now() - HOUR) }),
      await newCampaign({ published: false }),
      await newCampaign({ startsAt: new Date(Date.now() + 24 * HOUR), endsAt: new Date(Date.now() + 48 * HOUR) }),
    ];
    const now = Date.now();
    const a = await newStory(active.id, { featuredAt: new Date(now + 3000) });
    const b = await newStory(ended.id, { featuredAt: new Date(now + 2000) });
    await newStory(draft.id, { featuredAt: new Date(now + 2500) });
    await newStory(scheduled.id, { featuredAt: new Date(now + 1500) });
    const c = await newStory(active.id, { featuredAt: new Date(now + 1000) });
    const query = `query ($after: String) { featuredStories(first: 2, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }`;
    const page1 = await t.gql(query, {});
    expect(page1.data!.featuredStories.nodes.map((n: { id: string }) => n.id)).toEqual([a.id, b.id]);
    const page2 = await t.gql(query, { after: page1.data!.featuredStories.pageInfo.endCursor });
    expect(page2.data!.featuredStories.nodes.map((n: { id: string }) => n.id)[0]).toBe(c.id);
  });

  describe('a feed page costs a fixed number of SQL queries', () => {
    const PAGE = `query ($campaignId: ID!, $sort: FeedSort, $first: Int) {
      feed(campaignId: $campaignId, sort: $sort, first: $first) {
        nodes { id title author { displayName } photos { url } likeCount commentCount viewerHasLiked campaign { title }
                comments(first: 2) { nodes { body author { displayName } } } }
      }
    }`;

    /** Counts the queries the app sends while `run` runs, leaving out background tasks. */
    const countQueries = async (run: () => Promise<unknown>): Promise<string[]> => {
      const logger = t.dataSource.logger;
      const original = logger.logQuery.bind(logger);
      const seen: string[] = [];
      logger.logQuery = (query, parameters, runner) => {
        if (!query.startsWith(BACKGROUND_SQL_MARK) && !query.startsWith('/* background */')) seen.push(query);
        return original(query, parameters, runner);
      };
      try {
        await run();
      } finally {
        logger.logQuery = original;
      }
      return seen;
    };

    it.each(['NEW', 'TOP'])('%s: 20 stories with authors, photos, counts, likes and comments cost what 5 do', async (sort) => {
      const campaign = await newCampaign();
      const viewer = await t.createUser();
      for (let n = 0; n < 25; n++) {
        const author = await t.createUser();
        const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id });
        await t.dataSource.query(
          `INSERT INTO photos (owner_id, story_id, position, status, declared_content_type, declared_byte_size, original_filename, display_key, thumbnail_key)
           VALUES ($1, $2, 0, 'READY', 'image/jpeg', 1000, 'a.jpg', $3, $4), ($1, $2, 1, 'READY', 'image/jpeg', 1000, 'b.jpg', $5, $6)`,
          [author.user.id, story.id, `d/${story.id}-0.jpg`, `t/${story.id}-0.jpg`, `d/${story.id}-1.jpg`, `t/${story.id}-1.jpg`],
        );
        await buildLikes(t.dataSource, story, crowd.slice(0, n % 4));
        if (n % 2) await buildLikes(t.dataSource, story, [viewer.user.id]);
        await t.dataSource.query(
          `INSERT INTO comments (story_id, campaign_id, author_id, thread_id, thread_created_at, body, created_at)
           SELECT $1, $2, $3, gen_random_uuid(), now(), 'nice', now()`,
          [story.id, campaign.id, viewer.user.id],
        );
      }
      await rollUp();

      const run = (first: number) => async () => {
        const result = await t.gql(PAGE, { campaignId: campaign.id, sort, first }, viewer);
        expect(result.errors).toBeUndefined();
        expect(result.data!.feed.nodes).toHaveLength(first);
        expect(result.data!.feed.nodes[0].photos[0].url).toEqual(expect.any(String));
        expect(result.data!.feed.nodes[0].comments.nodes[0].author.displayName).toEqual(expect.any(String));
      };
      // Once before counting: the first request of a signed-in person also reads who they are
      // (then cached for a few seconds), which is not the feed's cost.
      await run(5)();
      // The fewest of three tries: a scheduled task (a sweep, a roll-up) that happens to run
      // during one request adds statements that are not the page's.
      const cost = async (first: number) => {
        const counts: number[] = [];
        for (let i = 0; i < 3; i++) counts.push((await countQueries(run(first))).length);
        return Math.min(...counts);
      };
      const five = await cost(5);
      const twenty = await cost(20);
      expect(twenty).toBe(five);
      expect(twenty).toBeLessThanOrEqual(10);
    });
  });
});
