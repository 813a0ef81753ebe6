import { TokenService } from '../../core/auth/token.service';
import { DomainEvent, DomainEvents } from '../../core/events/domain-events';
import { buildCampaign, buildLikes, buildStory, buildUsers } from '../../testing/builders';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { waitFor } from '../../testing/wait-for';
import { collectUserData } from '../accounts/data-export/user-data';
import { Role } from '../accounts/role.enum';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { StoryStatus } from '../stories/story-status.enum';
import { LikePointsSweep } from './like-points-sweep';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms);

const SET_RULES = `mutation ($campaignId: ID!, $input: PointsRulesInput!) {
  setPointsRules(campaignId: $campaignId, input: $input) { id pointsRules { storyApproved storyFeatured prizeWon likeReceived likeReceivedDailyCap } } }`;
const MY_POINTS = `query ($first: Int, $after: String) { myPoints(first: $first, after: $after) {
  balance pageInfo { hasNextPage endCursor } nodes { id amount reason balanceAfter day createdAt story { id } campaign { id } } } }`;
const MODERATE = `mutation ($id: ID!, $decision: ModerationDecision!, $reason: String) { moderateStory(storyId: $id, decision: $decision, reason: $reason) { id status } }`;
const FEATURE = `mutation ($id: ID!) { featureStory(storyId: $id) { id } }`;
const UNFEATURE = `mutation ($id: ID!) { unfeatureStory(storyId: $id) { id } }`;
const LIKE = `mutation ($id: ID!) { likeStory(storyId: $id) { id } }`;
const UNLIKE = `mutation ($id: ID!) { unlikeStory(storyId: $id) { id } }`;
const VOID = `mutation ($userId: ID!, $reason: String!) { voidLikesOf(userId: $userId, reason: $reason) }`;

const RULES = { storyApproved: 10, storyFeatured: 50, prizeWon: 100, likeReceived: 1, likeReceivedDailyCap: 20 };

describe.each(DATABASES)('member points on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;
  let moderator: TestUser;
  const heard: Extract<DomainEvent, { type: 'points.changed' }>[] = [];

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
    staff = await t.createUser({ role: Role.BRAND_STAFF });
    moderator = await t.createUser({ role: Role.MODERATOR });
    t.app.get(DomainEvents).observe(async (event) => {
      if (event.type === 'points.changed') heard.push(event);
    });
  });
  afterAll(() => t.close());

  const ok = async (query: string, variables: Record<string, unknown>, as?: TestUser | string) => {
    const result = await t.gql(query, variables, as);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as any;
  };
  const campaignWithRules = async (rules: Partial<typeof RULES> = {}, overrides: Partial<CampaignEntity> = {}) => {
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id, ...overrides });
    await ok(SET_RULES, { campaignId: campaign.id, input: { ...RULES, ...rules } }, staff);
    return campaign;
  };
  const crowdTokens = async (n: number) => {
    const tokens = t.app.get(TokenService);
    return (await buildUsers(t.dataSource, n)).map((u) => ({ id: u.id, token: tokens.issue(u.id).token }));
  };
  const entries = (userId: string): Promise<{ reason: string; amount: number; balance_after: number; story_id: string | null }[]> =>
    t.dataSource.query(`SELECT reason, amount, balance_after, story_id FROM points_entries WHERE user_id = $1 ORDER BY created_at, id`, [userId]);
  const balance = async (userId: string): Promise<number> =>
    (await t.dataSource.query(`SELECT balance FROM points_balances WHERE user_id = $1`, [userId]))[0]?.balance ?? 0;
  /** Runs the like sweep until the author's balance is `expected` (it also runs on its own timer; bounded). */
  const sweptTo = (userId: string, expected: number) =>
    waitFor(async () => (await t.app.get(LikePointsSweep).sweep(), (await balance(userId)) === expected), { what: `a balance of ${expected}` });

  it('lets BRAND_STAFF and ADMIN set rules (integers 0..10000), logs them, and shows them on the campaign', async () => {
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id });
    const input = { ...RULES };
    expect(codeOf(await t.gql(SET_RULES, { campaignId: campaign.id, input }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(SET_RULES, { campaignId: campaign.id, input }, await t.createUser()))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(SET_RULES, { campaignId: campaign.id, input }, moderator))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(SET_RULES, { campaignId: campaign.id, input: { ...input, likeReceived: -1 } }, staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(SET_RULES, { campaignId: campaign.id, input: { ...input, prizeWon: 10_001 } }, staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(SET_RULES, { campaignId: campaign.id, input: { ...input, storyApproved: 1.5 } }, staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(SET_RULES, { campaignId: '00000000-0000-4000-8000-000000000000', input }, staff))).toBe('NOT_FOUND');
    const read = `query ($id: ID!) { campaign(id: $id) { pointsRules { storyApproved likeReceivedDailyCap } } }`;
    expect((await ok(read, { id: campaign.id })).pointsRules).toBeNull();

    expect((await ok(SET_RULES, { campaignId: campaign.id, input }, staff)).pointsRules).toEqual(RULES);
    const admin = await t.createUser({ role: Role.ADMIN });
    const changed = { ...RULES, storyApproved: 0, likeReceivedDailyCap: 10_000 };
    expect((await ok(SET_RULES, { campaignId: campaign.id, input: changed }, admin)).pointsRules).toEqual(changed);
    expect((await ok(read, { id: campaign.id })).pointsRules).toEqual({ storyApproved: 0, likeReceivedDailyCap: 10_000 });
    const logged = await t.dataSource.query(`SELECT moderator_id FROM moderation_actions WHERE action = 'SET_POINTS_RULES' AND campaign_id = $1`, [campaign.id]);
    expect(logged.map((r: any) => r.moderator_id)).toEqual([staff.user.id, admin.user.id]);
  });

  it('gives nothing in a campaign that never set rules', async () => {
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id });
    const author = await t.createUser();
    const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id, status: StoryStatus.PENDING });
    await ok(MODERATE, { id: story.id, decision: 'APPROVE' }, moderator);
    await ok(LIKE, { id: story.id }, await t.createUser());
    await t.app.get(LikePointsSweep).sweep();
    expect(await entries(author.user.id)).toEqual([]);
    expect((await ok(MY_POINTS, {}, author)).balance).toBe(0);
  });

  it('credits approval and a feature once however often they are said, through unfeature and feature again', async () => {
    const campaign = await campaignWithRules();
    const author = await t.createUser();
    const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id, status: StoryStatus.PENDING });
    const before = heard.length;
    await ok(MODERATE, { id: story.id, decision: 'APPROVE' }, moderator);
    await ok(FEATURE, { id: story.id }, staff);
    await ok(UNFEATURE, { id: story.id }, staff);
    await ok(FEATURE, { id: story.id }, staff);
    expect(await entries(author.user.id)).toEqual([
      { reason: 'STORY_APPROVED', amount: 10, balance_after: 10, story_id: story.id },
      { reason: 'STORY_FEATURED', amount: 50, balance_after: 60, story_id: story.id },
    ]);
    expect(heard.slice(before)).toEqual([
      { type: 'points.changed', campaignId: campaign.id, userId: author.user.id, amount: 10, balance: 10, reason: 'STORY_APPROVED', storyId: story.id },
      { type: 'points.changed', campaignId: campaign.id, userId: author.user.id, amount: 50, balance: 60, reason: 'STORY_FEATURED', storyId: story.id },
    ]);
  });

  it('credits a story published without review, with the rules of the time: a later change is not retroactive', async () => {
    const campaign = await campaignWithRules({}, { requiresModeration: false });
    const author = await t.createUser();
    const submit = `mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { id status } }`;
    const story = await ok(submit, { input: { campaignId: campaign.id, title: 'My thermos', body: 'It keeps tea warm all day.', photoIds: [], grantUsageRights: false } }, author);
    expect(story.status).toBe('APPROVED');
    expect(await balance(author.user.id)).toBe(10);
    await ok(SET_RULES, { campaignId: campaign.id, input: { ...RULES, storyApproved: 30 } }, staff);
    await ok(MODERATE, { id: story.id, decision: 'REMOVE', reason: 'copyright' }, moderator);
    await ok(MODERATE, { id: story.id, decision: 'RESTORE' }, moderator);
    expect((await entries(author.user.id)).map((e) => [e.reason, e.amount])).toEqual([['STORY_APPROVED', 10], ['STORY_APPROVED_REVERSED', -10], ['STORY_APPROVED', 10]]);
  });

  // PGlite runs one transaction at a time, so a larger crowd there adds requests, not
  // interleavings the database could get wrong: the race-prone server gets the larger one.
  const crowdSize = onRealPostgres ? 500 : 100;
  it.each([
    { cap: 20, expected: 20 },
    { cap: 1000, expected: crowdSize },
  ])(`credits exactly $expected like points for ${crowdSize} concurrent likes on one story with a daily cap of $cap`, async ({ cap, expected }) => {
    const campaign = await campaignWithRules({ storyApproved: 0, storyFeatured: 0, likeReceivedDailyCap: cap });
    const author = await t.createUser();
    const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id });
    const crowd = await crowdTokens(crowdSize);
    const before = heard.length;
    const sweep = t.app.get(LikePointsSweep);
    // Sweeps run while the likes arrive (as the timer would), so credits land part-way and are topped up.
    let burst = true;
    const sweeping = (async () => {
      while (burst) await sweep.sweep();
    })();
    const results = await Promise.all(crowd.map((fan) => t.gql(LIKE, { id: story.id }, fan.token)));
    burst = false;
    await sweeping;
    expect(results.filter((r) => r.errors)).toEqual([]);
    await sweptTo(author.user.id, expected);
    await sweep.sweep();
    const ledger = await entries(author.user.id);
    expect(ledger.reduce((sum, e) => sum + e.amount, 0)).toBe(expected);
    expect(ledger.every((e) => e.reason === 'LIKES_RECEIVED' && e.amount > 0)).toBe(true);
    const events = heard.slice(before).filter((e) => e.userId === author.user.id);
    expect(events.map((e) => e.balance)).toEqual(ledger.map((e) => e.balance_after));
    expect(events[events.length - 1].balance).toBe(expected);
    const page = await ok(MY_POINTS, { first: 100 }, author.token);
    expect(page.balance).toBe(expected);
    expect(page.nodes[0]).toMatchObject({ reason: 'LIKES_RECEIVED', story: null, campaign: { id: campaign.id }, day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it('reverses like points on unlike and on a void, and counts each day of the campaign time zone on its own', async () => {
    const campaign = await campaignWithRules({ storyApproved: 0, likeReceived: 2, likeReceivedDailyCap: 20 }, { timeZone: 'Asia/Shanghai', startsAt: ago(10 * DAY) });
    const author = await t.createUser();
    const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id });
    const crowd = await crowdTokens(14);
    // Yesterday (well away from midnight in Shanghai): 12 likes, capped at 20 points.
    await buildLikes(t.dataSource, story, crowd.slice(0, 12).map((c) => c.id), { createdAt: ago(DAY + HOUR) });
    for (const fan of crowd.slice(12)) await ok(LIKE, { id: story.id }, fan.token);
    await sweptTo(author.user.id, 20 + 4);
    await ok(UNLIKE, { id: story.id }, crowd[13].token);
    await sweptTo(author.user.id, 20 + 2);
    // Under the cap yesterday had 2 likes to spare: one unliked there changes nothing.
    await ok(UNLIKE, { id: story.id }, crowd[0].token);
    await t.app.get(LikePointsSweep).sweep();
    expect(await balance(author.user.id)).toBe(22);
    expect(await ok(VOID, { userId: crowd[12].id, reason: 'like ring' }, moderator)).toBe(1);
    await sweptTo(author.user.id, 20);
    const reasons = (await entries(author.user.id)).map((e) => [e.reason, e.amount]);
    expect(reasons.filter(([r]) => r === 'LIKES_RECEIVED_REVERSED')).toEqual([['LIKES_RECEIVED_REVERSED', -2], ['LIKES_RECEIVED_REVERSED', -2]]);
  });

  it('takes back every point of a removed story at once and gives them back on restore', async () => {
    const campaign = await campaignWithRules();
    const author = await t.createUser();
    const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id, status: StoryStatus.PENDING });
    await ok(MODERATE, { id: story.id, decision: 'APPROVE' }, moderator);
    await ok(FEATURE, { id: story.id }, staff);
    const crowd = await crowdTokens(3);
    for (const fan of crowd) await ok(LIKE, { id: story.id }, fan.token);
    await sweptTo(author.user.id, 63);

    await ok(MODERATE, { id: story.id, decision: 'REMOVE', reason: 'not theirs' }, moderator);
    expect(await balance(author.user.id)).toBe(0);
    const removedPage = await ok(MY_POINTS, {}, author);
    expect(removedPage.balance).toBe(0);
    expect(removedPage.nodes.map((n: any) => n.story)).toEqual(removedPage.nodes.map(() => null)); // the author no longer sees a removed story
    expect(removedPage.nodes.slice(0, 3).map((n: any) => n.reason).sort()).toEqual(['LIKES_RECEIVED_REVERSED', 'STORY_APPROVED_REVERSED', 'STORY_FEATURED_REVERSED']);

    await ok(MODERATE, { id: story.id, decision: 'RESTORE' }, moderator);
    expect(await balance(author.user.id)).toBe(63);
    await t.app.get(LikePointsSweep).sweep();
    expect(await balance(author.user.id)).toBe(63);
    const page = await ok(MY_POINTS, { first: 2 }, author);
    expect(page.nodes.every((n: any) => n.story === null || n.story.id === story.id)).toBe(true);

    // The author deleting it takes the points back too.
    await ok(`mutation ($id: ID!) { deleteStory(id: $id) }`, { id: story.id }, author);
    expect(await balance(author.user.id)).toBe(0);
  });

  it('credits a prize once when results are published', async () => {
    const campaign = await campaignWithRules({ storyApproved: 0, likeReceived: 0 }, { startsAt: ago(10 * DAY), endsAt: new Date(Date.now() + DAY) });
    const prize = await ok(`mutation ($campaignId: ID!, $input: PrizeInput!) { addPrize(campaignId: $campaignId, input: $input) { id } }`,
      { campaignId: campaign.id, input: { name: 'Camera', quantity: 1, method: 'RANK' } }, staff);
    const [winner, runnerUp] = [await t.createUser(), await t.createUser()];
    const first = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: winner.user.id, publishedAt: ago(5 * DAY) });
    const second = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: runnerUp.user.id, publishedAt: ago(5 * DAY) });
    const crowd = (await buildUsers(t.dataSource, 3)).map((u) => u.id);
    await buildLikes(t.dataSource, first, crowd, { createdAt: ago(3 * DAY) });
    await buildLikes(t.dataSource, second, crowd.slice(0, 1), { createdAt: ago(3 * DAY) });
    await t.dataSource.query(`UPDATE campaigns SET ends_at = $2 WHERE id = $1`, [campaign.id, ago(HOUR)]);
    await ok(`mutation ($campaignId: ID!) { drawWinners(campaignId: $campaignId) { finalizedAt } }`, { campaignId: campaign.id }, staff);
    expect(await entries(winner.user.id)).toEqual([]); // a draft gives nothing
    await ok(`mutation ($campaignId: ID!) { finalizeResults(campaignId: $campaignId) { finalizedAt } }`, { campaignId: campaign.id }, staff);
    expect(await entries(winner.user.id)).toEqual([{ reason: 'PRIZE_WON', amount: 100, balance_after: 100, story_id: first.id }]);
    expect(await entries(runnerUp.user.id)).toEqual([]);
    expect(prize.id).toBeTruthy();
    // Featuring the winning story later does not credit the prize again.
    await ok(FEATURE, { id: first.id }, staff);
    expect((await entries(winner.user.id)).map((e) => e.reason)).toEqual(['PRIZE_WON', 'STORY_FEATURED']);
  });

  it('pages myPoints newest first with a balance equal to the sum of the entries', async () => {
    const campaign = await campaignWithRules({ storyFeatured: 5 });
    const author = await t.createUser();
    for (let i = 0; i < 3; i++) {
      const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id, status: StoryStatus.PENDING });
      await ok(MODERATE, { id: story.id, decision: 'APPROVE' }, moderator);
      await ok(FEATURE, { id: story.id }, staff);
    }
    const seen: any[] = [];
    let after: string | null = null;
    let page: any;
    do {
      page = await ok(MY_POINTS, { first: 4, after }, author);
      expect(page.balance).toBe(45);
      seen.push(...page.nodes);
      after = page.pageInfo.endCursor;
    } while (page.pageInfo.hasNextPage);
    expect(seen).toHaveLength(6);
    expect(seen.reduce((sum, n) => sum + n.amount, 0)).toBe(45);
    expect(seen[0].balanceAfter).toBe(45);
    expect([...seen].sort((a, b) => b.createdAt.localeCompare(a.createdAt))).toEqual(seen);
    expect(codeOf(await t.gql(MY_POINTS, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(MY_POINTS, { after: 'nonsense' }, author))).toBe('BAD_USER_INPUT');

    // The export holds the history; deleting the account takes the ledger with it.
    const exported = await collectUserData(t.dataSource.manager, author.user.id);
    expect(exported.points.balance).toBe(45);
    expect(exported.points.history).toHaveLength(6);
    await t.dataSource.transaction(async (manager) => {
      const { PointsLedger } = await import('./points-ledger');
      await t.app.get(PointsLedger).deleteAllOf(manager, author.user.id);
    });
    expect(await entries(author.user.id)).toEqual([]);
    expect(await balance(author.user.id)).toBe(0);
  });
});
