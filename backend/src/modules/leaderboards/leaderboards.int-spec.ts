import { buildCampaign, buildLikes, buildStory, buildUsers } from '../../testing/builders';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { Role } from '../accounts/role.enum';
import type { CampaignEntity } from '../campaigns/campaign.entity';
import { StoryStatus } from '../stories/story-status.enum';
import type { StoryEntity } from '../stories/story.entity';
import { FeedRanking } from '../stories/feeds/feed-ranking.service';
import { LeaderboardsService } from './leaderboards.service';

const STORIES = `query ($campaignId: ID!, $period: LeaderboardPeriod, $first: Int) {
  storyLeaderboard(campaignId: $campaignId, period: $period, first: $first) { rank likeCount story { id status } }
}`;
const CONTRIBUTORS = `query ($campaignId: ID!, $period: LeaderboardPeriod, $first: Int) {
  contributorLeaderboard(campaignId: $campaignId, period: $period, first: $first) { rank likesReceived storyCount user { id } }
}`;
const HOUR = 3600_000;
const ago = (ms: number) => new Date(Date.now() - ms);

describe.each(DATABASES)('leaderboards on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;
  let crowd: string[];

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
    staff = await t.createUser({ role: Role.BRAND_STAFF });
    crowd = (await buildUsers(t.dataSource, 40)).map((u) => u.id);
  });
  afterAll(() => t.close());

  const newCampaign = (overrides: Partial<CampaignEntity> = {}) => buildCampaign(t.dataSource, { createdById: staff.user.id, ...overrides });
  const newStory = (campaign: CampaignEntity, authorId: string, overrides: Partial<StoryEntity> = {}) =>
    buildStory(t.dataSource, { campaignId: campaign.id, authorId, ...overrides });
  const likes = (story: StoryEntity, from: number, count: number, createdAt?: Date) =>
    buildLikes(t.dataSource, story, crowd.slice(from, from + count), { createdAt });
  const read = async (query: string, campaign: CampaignEntity, period = 'ALL_TIME', first = 10) => {
    // What the one-second roll-up does on its own: like_count caught up with the likes written.
    await t.app.get(FeedRanking).rollUpChanged();
    t.app.get(LeaderboardsService).invalidate(campaign.id);
    const result = await t.gql(query, { campaignId: campaign.id, period, first });
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as Record<string, any>[];
  };
  const storyBoard = async (campaign: CampaignEntity, period?: string, first?: number) =>
    (await read(STORIES, campaign, period, first)).map((e) => [e.rank, e.story.id, e.likeCount]);

  it('ranks stories by likes, ties to the story published first, APPROVED stories only', async () => {
    const campaign = await newCampaign();
    const author = crowd[39];
    const later = await newStory(campaign, author, { publishedAt: ago(HOUR) });
    const earlier = await newStory(campaign, author, { publishedAt: ago(2 * HOUR) });
    const top = await newStory(campaign, author, { publishedAt: ago(30 * 60_000) });
    const removed = await newStory(campaign, author, { publishedAt: ago(HOUR) });
    const deleted = await newStory(campaign, author, { publishedAt: ago(HOUR) });
    await newStory(campaign, author);
    await likes(later, 0, 3);
    await likes(earlier, 3, 3);
    await likes(top, 0, 5);
    await likes(removed, 0, 9);
    await likes(deleted, 0, 9);
    await t.dataSource.query(`UPDATE stories SET status = 'REMOVED' WHERE id = $1`, [removed.id]);
    await t.dataSource.query(`UPDATE stories SET deleted_at = now() WHERE id = $1`, [deleted.id]);
    expect(await storyBoard(campaign)).toEqual([
      [1, top.id, 5],
      [2, earlier.id, 3],
      [3, later.id, 3],
    ]);
    expect(await storyBoard(campaign, 'ALL_TIME', 2)).toHaveLength(2);
  });

  it('counts DAY as the last 24 hours and WEEK as the last 7 days of likes', async () => {
    const campaign = await newCampaign({ startsAt: ago(30 * 24 * HOUR) });
    const author = crowd[39];
    const steady = await newStory(campaign, author, { publishedAt: ago(20 * 24 * HOUR) });
    const recent = await newStory(campaign, author, { publishedAt: ago(3 * 24 * HOUR) });
    const old = await newStory(campaign, author, { publishedAt: ago(25 * 24 * HOUR) });
    await likes(steady, 0, 1, ago(HOUR));
    await likes(steady, 1, 4, ago(3 * 24 * HOUR));
    await likes(recent, 0, 3, ago(2 * HOUR));
    await likes(old, 0, 9, ago(10 * 24 * HOUR));
    await likes(old, 10, 1, ago(23 * HOUR));
    expect(await storyBoard(campaign, 'DAY')).toEqual([
      [1, recent.id, 3],
      [2, old.id, 1], // published before `steady`, which has as many likes today
      [3, steady.id, 1],
    ]);
    expect(await storyBoard(campaign, 'WEEK')).toEqual([
      [1, steady.id, 5],
      [2, recent.id, 3],
      [3, old.id, 1],
    ]);
    expect(await storyBoard(campaign, 'ALL_TIME')).toEqual([
      [1, old.id, 10],
      [2, steady.id, 5],
      [3, recent.id, 3],
    ]);
  });

  it('keeps DAY and WEEK as people like, unlike and are voided, and drops an hour once it leaves the window', async () => {
    const campaign = await newCampaign({ startsAt: ago(30 * 24 * HOUR) });
    const story = await newStory(campaign, crowd[38], { publishedAt: ago(10 * 24 * HOUR) });
    const other = await newStory(campaign, crowd[38], { publishedAt: ago(9 * 24 * HOUR) });
    const [ann, ben, cat] = await Promise.all([t.createUser(), t.createUser(), t.createUser()]);
    const moderator = await t.createUser({ role: Role.MODERATOR });
    const like = async (who: TestUser, id: string, verb = 'likeStory') =>
      expect((await t.gql(`mutation ($id: ID!) { ${verb}(storyId: $id) { id } }`, { id }, who)).errors).toBeUndefined();
    for (const who of [ann, ben, cat]) await like(who, story.id);
    await like(ann, other.id);
    expect(await storyBoard(campaign, 'DAY')).toEqual([[1, story.id, 3], [2, other.id, 1]]);
    await like(ben, story.id, 'unlikeStory');
    const voided = await t.gql(`mutation ($id: ID!) { voidLikesOf(userId: $id, reason: "a bought account") }`, { id: cat.user.id }, moderator);
    expect(voided.errors).toBeUndefined();
    expect(await storyBoard(campaign, 'DAY')).toEqual([[1, story.id, 1], [2, other.id, 1]]);
    expect(await storyBoard(campaign, 'WEEK')).toEqual([[1, story.id, 1], [2, other.id, 1]]);
    const [{ hours }] = await t.dataSource.query(`SELECT sum(likes)::int AS hours FROM story_like_hours WHERE story_id = $1`, [story.id]);
    expect(hours).toBe(1);

    // An hour of likes leaving the window: as if ann's like had been given 25 hours ago and the
    // roll-up last ran two hours ago (nothing else about the story changed since).
    await t.dataSource.query(`UPDATE story_like_hours SET hour = hour - interval '25 hours' WHERE story_id = $1`, [other.id]);
    await t.dataSource.query(`UPDATE story_stat_shards SET updated_at = now() - interval '1 day' WHERE story_id = $1`, [other.id]);
    const ranking = t.app.get(FeedRanking);
    await ranking.rollUpChanged();
    t.app.get(LeaderboardsService).invalidate(campaign.id);
    expect((await t.gql(STORIES, { campaignId: campaign.id, period: 'DAY' })).data!.storyLeaderboard).toHaveLength(2); // not looked at: unchanged
    await ranking.rollUpChanged({ since: ago(2 * HOUR) });
    t.app.get(LeaderboardsService).invalidate(campaign.id);
    expect((await t.gql(STORIES, { campaignId: campaign.id, period: 'DAY' })).data!.storyLeaderboard.map((e: any) => e.story.id)).toEqual([story.id]);
    expect(await storyBoard(campaign, 'WEEK')).toEqual([[1, story.id, 1], [2, other.id, 1]]);
  });

  it('ranks contributors by likes received in the period, with their APPROVED story count', async () => {
    const campaign = await newCampaign();
    const [prolific, star, newcomer, quiet] = [crowd[30], crowd[31], crowd[32], crowd[33]];
    const p1 = await newStory(campaign, prolific, { publishedAt: ago(5 * HOUR) });
    const p2 = await newStory(campaign, prolific, { publishedAt: ago(4 * HOUR) });
    await newStory(campaign, prolific, { status: StoryStatus.PENDING });
    const s1 = await newStory(campaign, star, { publishedAt: ago(3 * HOUR) });
    const n1 = await newStory(campaign, newcomer, { publishedAt: ago(HOUR) });
    await newStory(campaign, quiet);
    await likes(p1, 0, 3);
    await likes(p2, 0, 2);
    await likes(s1, 0, 4);
    await likes(n1, 10, 4);
    await likes(p1, 20, 2, ago(3 * 24 * HOUR));
    const board = (await read(CONTRIBUTORS, campaign)).map((e) => [e.rank, e.user.id, e.likesReceived, e.storyCount]);
    expect(board).toEqual([
      [1, prolific, 7, 2],
      [2, star, 4, 1], // published before the newcomer
      [3, newcomer, 4, 1],
    ]);
    const day = (await read(CONTRIBUTORS, campaign, 'DAY')).map((e) => [e.user.id, e.likesReceived]);
    expect(day).toEqual([[prolific, 5], [star, 4], [newcomer, 4]]);
  });

  it('shows a DRAFT campaign\'s boards to BRAND_STAFF and ADMIN only, and checks `first`', async () => {
    const draft = await newCampaign({ published: false });
    expect(codeOf(await t.gql(STORIES, { campaignId: draft.id }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(CONTRIBUTORS, { campaignId: draft.id }, await t.createUser()))).toBe('NOT_FOUND');
    expect((await t.gql(STORIES, { campaignId: draft.id }, staff)).data!.storyLeaderboard).toEqual([]);
    const campaign = await newCampaign();
    expect(codeOf(await t.gql(STORIES, { campaignId: campaign.id, first: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(STORIES, { campaignId: campaign.id, first: 101 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(STORIES, { campaignId: 'nope' }))).toBe('BAD_USER_INPUT');
  });

  describe('when the campaign ends', () => {
    const endNow = async (campaign: CampaignEntity, endedAgo: number) => {
      await t.dataSource.query(`UPDATE campaigns SET starts_at = $2, ends_at = $3 WHERE id = $1`, [
        campaign.id,
        ago(20 * 24 * HOUR),
        ago(endedAgo),
      ]);
    };

    it('freezes the final boards as of the end: later likes change nothing, removed stories leave the view', async () => {
      const campaign = await newCampaign();
      const [alice, bob] = [crowd[34], crowd[35]];
      const winner = await newStory(campaign, alice, { publishedAt: ago(5 * 24 * HOUR) });
      const second = await newStory(campaign, bob, { publishedAt: ago(4 * 24 * HOUR) });
      const third = await newStory(campaign, bob, { publishedAt: ago(3 * 24 * HOUR) });
      await likes(winner, 0, 6, ago(3 * HOUR));
      await likes(second, 0, 4, ago(3 * HOUR));
      await likes(third, 0, 1, ago(30 * HOUR));
      await endNow(campaign, 2 * HOUR);
      // Liked after the end but before anyone looked: not part of the result.
      await likes(third, 10, 9, ago(HOUR));

      const finalStories = await storyBoard(campaign);
      expect(finalStories).toEqual([
        [1, winner.id, 6],
        [2, second.id, 4],
        [3, third.id, 1],
      ]);
      // DAY is the last 24 hours before the end.
      const finalDay = await storyBoard(campaign, 'DAY');
      expect(finalDay).toEqual([
        [1, winner.id, 6],
        [2, second.id, 4],
      ]);
      const finalContributors = await read(CONTRIBUTORS, campaign);
      expect(finalContributors.map((e) => [e.user.id, e.likesReceived, e.storyCount])).toEqual([
        [alice, 6, 1],
        [bob, 5, 2],
      ]);
      const [{ frozen }] = await t.dataSource.query(`SELECT leaderboard_frozen_at IS NOT NULL AS frozen FROM campaigns WHERE id = $1`, [campaign.id]);
      expect(frozen).toBe(true);
      // The API says as of when the boards count (the end), so pages can label them.
      const FROZEN_AT = `query ($id: ID) { campaign(id: $id) { endsAt leaderboardFrozenAt } }`;
      const shown = (await t.gql(FROZEN_AT, { id: campaign.id })).data!.campaign;
      expect(shown.leaderboardFrozenAt).toBe(shown.endsAt);

      // Later likes change nothing; a story removed or deleted since leaves the view, and the
      // others keep the ranks they finished with.
      await likes(second, 20, 10);
      expect(await storyBoard(campaign)).toEqual(finalStories);
      await t.dataSource.query(`UPDATE stories SET status = 'REMOVED' WHERE id = $1`, [winner.id]);
      await t.dataSource.query(`UPDATE stories SET deleted_at = now() WHERE id = $1`, [third.id]);
      expect(await storyBoard(campaign)).toEqual([[2, second.id, 4]]);
      expect(await storyBoard(campaign, 'DAY')).toEqual([[2, second.id, 4]]);
      expect(await read(CONTRIBUTORS, campaign)).toEqual(finalContributors);
    });

    it('is frozen by the minute sweep too, and frozen again if the campaign is extended and ends later', async () => {
      const campaign = await newCampaign();
      const story = await newStory(campaign, crowd[36], { publishedAt: ago(3 * 24 * HOUR) });
      await likes(story, 0, 2, ago(3 * HOUR));
      await endNow(campaign, HOUR);
      const leaderboards = t.app.get(LeaderboardsService);
      await leaderboards.freezeEndedCampaigns();
      const rows = await t.dataSource.query(`SELECT kind, period, entries FROM leaderboard_snapshots WHERE campaign_id = $1 ORDER BY kind, period`, [campaign.id]);
      expect(rows.map((r: { kind: string; period: string }) => `${r.kind}:${r.period}`)).toEqual([
        'CONTRIBUTOR:ALL_TIME', 'CONTRIBUTOR:DAY', 'CONTRIBUTOR:WEEK', 'STORY:ALL_TIME', 'STORY:DAY', 'STORY:WEEK',
      ]);
      expect(rows[3].entries).toEqual([{ rank: 1, storyId: story.id, likeCount: 2 }]);

      // Extended: live again, counting the likes since; when it ends again, frozen anew.
      await t.dataSource.query(`UPDATE campaigns SET ends_at = now() + interval '1 day' WHERE id = $1`, [campaign.id]);
      // The old freeze no longer holds: the boards are live again.
      expect((await t.gql(`query ($id: ID) { campaign(id: $id) { leaderboardFrozenAt } }`, { id: campaign.id })).data!.campaign.leaderboardFrozenAt).toBeNull();
      await likes(story, 10, 3, ago(500));
      expect(await storyBoard(campaign)).toEqual([[1, story.id, 5]]);
      await endNow(campaign, 100);
      await likes(story, 20, 3);
      expect(await storyBoard(campaign)).toEqual([[1, story.id, 5]]);
    });
  });
});
