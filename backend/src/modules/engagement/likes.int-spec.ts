import { TokenService } from '../../core/auth/token.service';
import { buildCampaign, buildStory, buildUsers } from '../../testing/builders';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { Role } from '../accounts/role.enum';
import { StoryStatus } from '../stories/story-status.enum';
import { FeedRanking } from '../stories/feeds/feed-ranking.service';
import { hotScore } from '../stories/feeds/hot-score';
import { LikesService } from './likes.service';

const LIKE = `mutation ($id: ID!) { likeStory(storyId: $id) { id likeCount viewerHasLiked } }`;
const UNLIKE = `mutation ($id: ID!) { unlikeStory(storyId: $id) { id likeCount viewerHasLiked } }`;
const STORY = `query ($id: ID!) { story(id: $id) { likeCount viewerHasLiked } }`;

describe.each(DATABASES)('likes on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let owner: TestUser;
  let campaignId: string;

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
    owner = await t.createUser({ role: Role.BRAND_STAFF });
    campaignId = (await buildCampaign(t.dataSource, { createdById: owner.user.id })).id;
  });
  afterAll(() => t.close());

  const newStory = async (overrides: Parameters<typeof buildStory>[1] extends infer O ? Partial<O> : never = {}) => {
    const author = await t.createUser();
    return buildStory(t.dataSource, { campaignId, authorId: author.user.id, ...overrides });
  };

  it('counts a like once however often it is given, and an unlike undoes it once', async () => {
    const story = await newStory();
    const fan = await t.createUser();
    expect((await t.gql(LIKE, { id: story.id }, fan)).data!.likeStory).toMatchObject({ likeCount: 1, viewerHasLiked: true });
    expect((await t.gql(LIKE, { id: story.id }, fan)).data!.likeStory).toMatchObject({ likeCount: 1, viewerHasLiked: true });
    expect((await t.gql(UNLIKE, { id: story.id }, fan)).data!.unlikeStory).toMatchObject({ likeCount: 0, viewerHasLiked: false });
    expect((await t.gql(UNLIKE, { id: story.id }, fan)).data!.unlikeStory).toMatchObject({ likeCount: 0, viewerHasLiked: false });
  });

  it('changes nothing when unliking a story never liked', async () => {
    const story = await newStory();
    const [fan, stranger] = [await t.createUser(), await t.createUser()];
    await t.gql(LIKE, { id: story.id }, fan);
    expect((await t.gql(UNLIKE, { id: story.id }, stranger)).data!.unlikeStory.likeCount).toBe(1);
  });

  it('tells each viewer whether they liked it, and false when signed out', async () => {
    const story = await newStory();
    const [fan, other] = [await t.createUser(), await t.createUser()];
    await t.gql(LIKE, { id: story.id }, fan);
    expect((await t.gql(STORY, { id: story.id }, fan)).data!.story).toEqual({ likeCount: 1, viewerHasLiked: true });
    expect((await t.gql(STORY, { id: story.id }, other)).data!.story).toEqual({ likeCount: 1, viewerHasLiked: false });
    expect((await t.gql(STORY, { id: story.id })).data!.story).toEqual({ likeCount: 1, viewerHasLiked: false });
  });

  it('refuses liking one\'s own story with FORBIDDEN', async () => {
    const author = await t.createUser();
    const story = await buildStory(t.dataSource, { campaignId, authorId: author.user.id });
    expect(codeOf(await t.gql(LIKE, { id: story.id }, author))).toBe('FORBIDDEN');
  });

  it('refuses a story the viewer cannot see with NOT_FOUND, and one they see but not published with BAD_USER_INPUT', async () => {
    const pending = await newStory({ status: StoryStatus.PENDING });
    const removed = await newStory({ status: StoryStatus.REMOVED });
    const deleted = await newStory({ deletedAt: new Date() });
    const customer = await t.createUser();
    const moderator = await t.createUser({ role: Role.MODERATOR });
    expect(codeOf(await t.gql(LIKE, { id: pending.id }, customer))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(LIKE, { id: removed.id }, customer))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(LIKE, { id: deleted.id }, customer))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(LIKE, { id: '00000000-0000-4000-8000-000000000000' }, customer))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(LIKE, { id: 'nope' }, customer))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(LIKE, { id: pending.id }, moderator))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(LIKE, { id: removed.id }, moderator))).toBe('BAD_USER_INPUT');
  });

  it('does not show a DRAFT campaign\'s stories to customers', async () => {
    const draft = await buildCampaign(t.dataSource, { createdById: owner.user.id, published: false });
    const story = await newStory({ campaignId: draft.id });
    expect(codeOf(await t.gql(LIKE, { id: story.id }, await t.createUser()))).toBe('NOT_FOUND');
    expect((await t.gql(LIKE, { id: story.id }, owner)).data!.likeStory.likeCount).toBe(1);
  });

  it('refuses signed-out people with UNAUTHENTICATED and suspended accounts with FORBIDDEN', async () => {
    const story = await newStory();
    expect(codeOf(await t.gql(LIKE, { id: story.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(UNLIKE, { id: story.id }))).toBe('UNAUTHENTICATED');
    const suspended = await t.createUser();
    await t.dataSource.query(`UPDATE users SET suspended_until = now() + interval '1 day' WHERE id = $1`, [suspended.user.id]);
    expect(codeOf(await t.gql(LIKE, { id: story.id }, suspended))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(UNLIKE, { id: story.id }, suspended))).toBe('FORBIDDEN');
    expect((await t.gql(STORY, { id: story.id })).data!.story.likeCount).toBe(0);
  });

  it('allows 120 likes per user per minute, then RATE_LIMITED with the wait', async () => {
    const story = await newStory();
    const fan = await t.createUser();
    for (let n = 0; n < 120; n++) {
      expect((await t.gql(n % 2 ? UNLIKE : LIKE, { id: story.id }, fan)).errors).toBeUndefined();
    }
    const limited = await t.gql(LIKE, { id: story.id }, fan);
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Someone else is not held back by it.
    expect((await t.gql(LIKE, { id: story.id }, await t.createUser())).errors).toBeUndefined();
  }, 120_000);

  // PGlite runs one transaction at a time, so a larger crowd there adds requests, not
  // interleavings the database could get wrong: the race-prone server gets the larger one.
  const crowdSize = onRealPostgres ? 250 : 100;
  it(`counts ${crowdSize} simultaneous likes from ${crowdSize} accounts exactly, and ${crowdSize} simultaneous unlikes back to zero`, async () => {
    const story = await newStory();
    const tokens = t.app.get(TokenService);
    const crowd = (await buildUsers(t.dataSource, crowdSize)).map((user) => tokens.issue(user.id).token);

    const likes = await Promise.all(crowd.map((token) => t.gql(LIKE, { id: story.id }, token)));
    expect(likes.filter((r) => r.errors)).toEqual([]);
    expect((await t.gql(STORY, { id: story.id })).data!.story.likeCount).toBe(crowdSize);

    // Everyone likes again while half of them unlike: idempotence holds under concurrency too.
    const mixed = await Promise.all(crowd.map((token, i) => t.gql(i % 2 ? UNLIKE : LIKE, { id: story.id }, token)));
    expect(mixed.filter((r) => r.errors)).toEqual([]);
    expect((await t.gql(STORY, { id: story.id })).data!.story.likeCount).toBe(crowdSize / 2);

    const unlikes = await Promise.all(crowd.map((token) => t.gql(UNLIKE, { id: story.id }, token)));
    expect(unlikes.filter((r) => r.errors)).toEqual([]);
    expect((await t.gql(STORY, { id: story.id })).data!.story.likeCount).toBe(0);
    const [{ rows }] = await t.dataSource.query(`SELECT count(*)::int AS rows FROM story_likes WHERE story_id = $1`, [story.id]);
    expect(rows).toBe(0);
  }, 180_000);

  it('likes sent at once (written together) count each liker once per story, a repeat changes nothing, and each answer counts its own like', async () => {
    const stories = await Promise.all([newStory(), newStory(), newStory()]);
    const tokens = t.app.get(TokenService);
    const fans = (await buildUsers(t.dataSource, 30)).map((user) => tokens.issue(user.id).token);
    // Every fan likes every story, and the first five like the first story twice, all at once.
    const sent = [...fans.flatMap((token) => stories.map((story) => ({ token, id: story.id }))), ...fans.slice(0, 5).map((token) => ({ token, id: stories[0].id }))];
    const answers = await Promise.all(sent.map(({ token, id }) => t.gql(LIKE, { id }, token)));
    expect(answers.filter((r) => r.errors)).toEqual([]);
    for (const answer of answers) {
      expect(answer.data!.likeStory.viewerHasLiked).toBe(true);
      expect(answer.data!.likeStory.likeCount).toBeGreaterThanOrEqual(1);
      expect(answer.data!.likeStory.likeCount).toBeLessThanOrEqual(30);
    }
    for (const story of stories) expect((await t.gql(STORY, { id: story.id })).data!.story.likeCount).toBe(30);
  }, 120_000);

  it('a like that cannot be written does not fail the likes written with it', async () => {
    const story = await newStory();
    const [fan, other] = await buildUsers(t.dataSource, 2);
    const likes = t.app.get(LikesService);
    const outcomes = await likes['writeLikes']([
      { storyId: story.id, userId: fan.id, campaignId, clientKey: null },
      // A story deleted between the check and the write: its like breaks the statement.
      { storyId: '00000000-0000-4000-8000-000000000000', userId: other.id, campaignId, clientKey: null },
    ]);
    expect(outcomes[0]).toEqual({ changed: 1, likes: 1, comments: 0 });
    expect(outcomes[1]).toBeInstanceOf(Error);
    expect((await t.gql(STORY, { id: story.id })).data!.story.likeCount).toBe(1);
  });

  (onRealPostgres ? it : it.skip)('counts exactly when the likes arrive through two instances at once', async () => {
    const second = await startTestApp({ env: { DATABASE_URL: (t.dataSource.options as { url: string }).url } });
    try {
      const story = await newStory();
      const tokens = t.app.get(TokenService);
      const crowd = (await buildUsers(t.dataSource, 200)).map((user) => tokens.issue(user.id).token);
      const results = await Promise.all(crowd.map((token, i) => (i % 2 ? second : t).gql(LIKE, { id: story.id }, token)));
      expect(results.filter((r) => r.errors)).toEqual([]);
      expect((await second.gql(STORY, { id: story.id })).data!.story.likeCount).toBe(200);
      expect((await t.gql(STORY, { id: story.id })).data!.story.likeCount).toBe(200);
    } finally {
      await second.close();
    }
  }, 120_000);

  it('spreads a story\'s likes over several shards and rolls their sum up into stories.like_count', async () => {
    const story = await newStory();
    const tokens = t.app.get(TokenService);
    const crowd = (await buildUsers(t.dataSource, 40)).map((user) => tokens.issue(user.id).token);
    const likedFrom = Date.now();
    await Promise.all(crowd.map((token) => t.gql(LIKE, { id: story.id }, token)));
    const [{ shards, total }] = await t.dataSource.query(
      `SELECT count(*)::int AS shards, sum(likes)::int AS total FROM story_stat_shards WHERE story_id = $1`,
      [story.id],
    );
    expect(total).toBe(40);
    expect(shards).toBeGreaterThan(4);
    await t.app.get(FeedRanking).rollUpChanged();
    const after = Date.now();
    const [row] = await t.dataSource.query(`SELECT like_count, hot_score FROM stories WHERE id = $1`, [story.id]);
    expect(row.like_count).toBe(40);
    // The score decays with the story's age when it was rolled up (here, or by the app's own
    // once-a-second roll-up), and on a busy machine that age is far from zero: bound it by the
    // ages when the likes began and when the roll-up had surely run.
    const hot = (at: number) => hotScore(40, story.publishedAt!, new Date(at));
    expect(row.hot_score).toBeLessThanOrEqual(hot(likedFrom - 5) + 1e-9);
    expect(row.hot_score).toBeGreaterThanOrEqual(hot(after + 5) - 1e-9);
  });
});
