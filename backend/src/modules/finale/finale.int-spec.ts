import { execFile } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildCampaign, buildLikes, buildStory, buildUsers } from '../../testing/builders';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { Role } from '../accounts/role.enum';
import type { CampaignEntity } from '../campaigns/campaign.entity';
import { StoryStatus } from '../stories/story-status.enum';
import type { StoryEntity } from '../stories/story.entity';
import { FeedRanking } from '../stories/feeds/feed-ranking.service';
import { LeaderboardsService } from '../leaderboards/leaderboards.service';
import { FinaleService } from './finale.service';

const run = promisify(execFile);
const VERIFY = resolve(__dirname, '../../../../scripts/verify-draw.mjs');
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms);

const ADD_PRIZE = `mutation ($campaignId: ID!, $input: PrizeInput!) { addPrize(campaignId: $campaignId, input: $input) { id name quantity method } }`;
const RESULTS_FIELDS = `finalizedAt voidedLikeCount
  prizes { prize { id name method quantity } proof { commitment seed entrantsHash entrants algorithm }
    winners { id place status claimDeadline story { id } user { id } claim { recipientName phone address claimedAt } } }`;
const RESULTS = `query ($campaignId: ID!) { campaignResults(campaignId: $campaignId) { ${RESULTS_FIELDS} } }`;
const DRAW = `mutation ($campaignId: ID!) { drawWinners(campaignId: $campaignId) { ${RESULTS_FIELDS} } }`;
const FINALIZE = `mutation ($campaignId: ID!) { finalizeResults(campaignId: $campaignId) { ${RESULTS_FIELDS} } }`;
const CLAIM = `mutation ($input: WinnerClaimInput!) { claimPrize(input: $input) { id status claim { phone } } }`;
const VOID = `mutation ($userId: ID!, $reason: String!) { voidLikesOf(userId: $userId, reason: $reason) }`;
const BOARD = `query ($campaignId: ID!, $period: LeaderboardPeriod) { storyLeaderboard(campaignId: $campaignId, period: $period, first: 10) { likeCount story { id } } }`;
const LIKE_COUNT = `query ($id: ID!) { story(id: $id) { likeCount } }`;
const LIKE = `mutation ($storyId: ID!) { likeStory(storyId: $storyId) { id } }`;
const UNLIKE = `mutation ($storyId: ID!) { unlikeStory(storyId: $storyId) { id } }`;
const SCORE = `mutation ($storyId: ID!, $score: Int!, $note: String) { scoreStory(storyId: $storyId, score: $score, note: $note) }`;
const QUEUE = `query ($campaignId: ID!) { judgingQueue(campaignId: $campaignId) {
  story { id } myScore { score note } scores { score judge { id } } averageScore judgeCount } }`;
const DISQUALIFY = `mutation ($winnerId: ID!, $reason: String!) { disqualifyWinner(winnerId: $winnerId, reason: $reason) { ${RESULTS_FIELDS} } }`;
const CLAIM_INPUT = { recipientName: '王小明', phone: '+86 138 0013 8000', address: '上海市浦东新区世纪大道 100 号' };

describe.each(DATABASES)('campaign finale on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;
  let moderator: TestUser;
  let crowd: string[];

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
    staff = await t.createUser({ role: Role.BRAND_STAFF });
    moderator = await t.createUser({ role: Role.MODERATOR });
    crowd = (await buildUsers(t.dataSource, 30)).map((u) => u.id);
  });
  afterAll(() => t.close());

  const ok = async (query: string, variables: Record<string, unknown>, as?: TestUser) => {
    const result = await t.gql(query, variables, as);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as any;
  };
  /** A campaign that ran for ten days; prizes are added while it runs, then it ends an hour ago. */
  const campaignWith = async (prizes: { name: string; quantity: number; method: string }[]) => {
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id, startsAt: ago(10 * DAY), endsAt: new Date(Date.now() + DAY) });
    const added = [];
    for (const input of prizes) added.push(await ok(ADD_PRIZE, { campaignId: campaign.id, input }, staff));
    return { campaign, prizes: added, end: () => t.dataSource.query(`UPDATE campaigns SET ends_at = $2 WHERE id = $1`, [campaign.id, ago(HOUR)]) };
  };
  const story = (campaign: CampaignEntity, authorId: string, overrides: Partial<StoryEntity> = {}) =>
    buildStory(t.dataSource, { campaignId: campaign.id, authorId, publishedAt: ago(5 * DAY), ...overrides });
  const authors = async (n: number) => Promise.all(Array.from({ length: n }, () => t.createUser()));
  const logged = async (campaignId: string) =>
    (await t.dataSource.query(`SELECT action FROM moderation_actions WHERE campaign_id = $1 ORDER BY created_at, action`, [campaignId])).map((r: any) => r.action);

  it('refuses bad prizes: a quantity below 1, an ended campaign, a customer; nothing is stored', async () => {
    const { campaign, end } = await campaignWith([]);
    const customer = await t.createUser();
    const input = { name: 'Tote bag', quantity: 0, method: 'RANK' };
    expect(codeOf(await t.gql(ADD_PRIZE, { campaignId: campaign.id, input }, staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(ADD_PRIZE, { campaignId: campaign.id, input: { ...input, quantity: 1 } }, customer))).toBe('FORBIDDEN');
    await end();
    expect(codeOf(await t.gql(ADD_PRIZE, { campaignId: campaign.id, input: { ...input, quantity: 1 } }, staff))).toBe('BAD_USER_INPUT');
    const page = await ok(`query ($id: ID!) { campaign(id: $id) { prizes { id } } }`, { id: campaign.id });
    expect(page.prizes).toEqual([]);
  });

  it('ranks by counted likes only: voided, suspended and too-new likers do not count; ties go to who reached the count first', async () => {
    const { campaign, prizes, end } = await campaignWith([{ name: 'Camera', quantity: 2, method: 'RANK' }]);
    const [a, b, c, d] = await authors(4);
    const first = await story(campaign, a.user.id);
    const tiedEarly = await story(campaign, b.user.id);
    const tiedLate = await story(campaign, c.user.id);
    const ringed = await story(campaign, d.user.id);
    await buildLikes(t.dataSource, first, crowd.slice(0, 5), { createdAt: ago(3 * DAY) });
    await buildLikes(t.dataSource, tiedEarly, crowd.slice(0, 3), { createdAt: ago(3 * DAY) });
    await buildLikes(t.dataSource, tiedLate, crowd.slice(0, 3), { createdAt: ago(2 * DAY) });
    // A ring of 6 throwaway accounts: voided by a moderator, one suspended, made after the cutoff.
    const ring = (await buildUsers(t.dataSource, 6, 'ring')).map((u) => u.id);
    await buildLikes(t.dataSource, ringed, [...ring, crowd[10]], { createdAt: ago(2 * DAY) });
    expect(await ok(VOID, { userId: ring[0], reason: 'like ring' }, moderator)).toBe(1);
    expect(await ok(VOID, { userId: ring[1], reason: 'like ring' }, moderator)).toBe(1);
    expect(codeOf(await t.gql(VOID, { userId: ring[2], reason: 'x' }, staff))).toBe('FORBIDDEN');
    await t.dataSource.query(`UPDATE users SET suspended_until = now() + interval '30 days' WHERE id = $1`, [ring[2]]);
    await t.dataSource.query(`UPDATE users SET created_at = now() - interval '1 day' WHERE id = ANY($1::uuid[])`, [ring.slice(3)]);
    await t.dataSource.query(`UPDATE campaigns SET like_eligibility_cutoff = now() - interval '9 days' WHERE id = $1`, [campaign.id]);
    await t.dataSource.query(`UPDATE users SET created_at = now() - interval '30 days' WHERE id = ANY($1::uuid[])`, [crowd]);

    expect(codeOf(await t.gql(DRAW, { campaignId: campaign.id }, staff))).toBe('BAD_USER_INPUT');
    await end();
    const draft = await ok(DRAW, { campaignId: campaign.id }, staff);
    expect(draft.finalizedAt).toBeNull();
    expect(draft.voidedLikeCount).toBe(6);
    // ringed has 7 raw likes (more than anyone) but 1 counted.
    expect(draft.prizes[0].winners.map((w: any) => [w.place, w.story.id, w.status])).toEqual([
      [1, first.id, 'NOTIFIED'],
      [2, tiedEarly.id, 'NOTIFIED'],
      [3, tiedLate.id, 'RESERVE'],
      [4, ringed.id, 'RESERVE'],
    ]);
    expect(draft.prizes[0].prize.id).toBe(prizes[0].id);
    // The public sees no draft.
    expect((await ok(RESULTS, { campaignId: campaign.id })).prizes[0].winners).toEqual([]);

    const final = await ok(FINALIZE, { campaignId: campaign.id }, staff);
    expect(final.finalizedAt).not.toBeNull();
    expect(codeOf(await t.gql(FINALIZE, { campaignId: campaign.id }, staff))).toBe('CONFLICT');
    expect(codeOf(await t.gql(DRAW, { campaignId: campaign.id }, staff))).toBe('CONFLICT');
    const published = await ok(RESULTS, { campaignId: campaign.id });
    expect(published.prizes[0].winners.slice(0, 2).map((w: any) => w.story.id)).toEqual([first.id, tiedEarly.id]);
    expect(published.prizes[0].winners[0].claimDeadline).not.toBeNull();
    expect(await logged(campaign.id)).toEqual(expect.arrayContaining(['ADD_PRIZE', 'DRAW_WINNERS', 'FINALIZE_RESULTS']));
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM moderation_actions WHERE action = 'VOID_LIKES' AND target_user_id = ANY($1::uuid[])`, [ring]))[0].n).toBe(2);
  });

  it('draws verifiably: commitment first, seed and entrants after; the script recomputes the winners; one entry per author', async () => {
    const { campaign, end } = await campaignWith([{ name: 'Voucher', quantity: 3, method: 'DRAW' }]);
    const people = await authors(8);
    const entries: StoryEntity[] = [];
    for (const person of people) entries.push(await story(campaign, person.user.id));
    const second = await story(campaign, people[0].user.id, { publishedAt: ago(4 * DAY) });
    await story(campaign, people[1].user.id, { status: StoryStatus.REMOVED, publishedAt: null });
    const before = (await ok(RESULTS, { campaignId: campaign.id })).prizes[0].proof;
    expect(before.commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(before.seed).toBeNull();
    await end();
    await ok(DRAW, { campaignId: campaign.id }, staff);
    expect((await ok(RESULTS, { campaignId: campaign.id })).prizes[0].proof.seed).toBeNull();
    const final = await ok(FINALIZE, { campaignId: campaign.id }, staff);
    const { proof, winners } = final.prizes[0];
    expect(proof.commitment).toBe(before.commitment);
    expect(proof.entrants).toHaveLength(8);
    expect(proof.entrants).not.toContain(second.id);
    expect([...proof.entrants].sort()).toEqual(entries.map((s) => s.id).sort());
    expect(winners).toHaveLength(6);

    const dir = mkdtempSync(join(tmpdir(), 'verify-draw-'));
    const file = join(dir, 'proof.json');
    const expected = winners.map((w: any) => w.story.id);
    writeFileSync(file, JSON.stringify({ ...proof, picks: 6, expected }));
    const { stdout } = await run(process.execPath, [VERIFY, file]);
    expect(stdout).toContain('OK');
    expect(stdout).toContain(`1. ${expected[0]}`);
    writeFileSync(file, JSON.stringify({ ...proof, picks: 6, expected: [...expected].reverse() }));
    await expect(run(process.execPath, [VERIFY, file])).rejects.toMatchObject({ code: 1 });
    writeFileSync(file, JSON.stringify({ ...proof, entrants: proof.entrants.slice(1), picks: 6 }));
    await expect(run(process.execPath, [VERIFY, file])).rejects.toMatchObject({ stderr: expect.stringContaining('entrants') });
  });

  it('disqualifies a winner whose story was removed before finalising: the next reserve moves up, logged', async () => {
    const { campaign, end } = await campaignWith([{ name: 'Mug', quantity: 1, method: 'RANK' }]);
    const [a, b, c] = await authors(3);
    const top = await story(campaign, a.user.id);
    const next = await story(campaign, b.user.id);
    const third = await story(campaign, c.user.id);
    await buildLikes(t.dataSource, top, crowd.slice(0, 5), { createdAt: ago(2 * DAY) });
    await buildLikes(t.dataSource, next, crowd.slice(0, 4), { createdAt: ago(2 * DAY) });
    await buildLikes(t.dataSource, third, crowd.slice(0, 3), { createdAt: ago(2 * DAY) });
    await end();
    await ok(DRAW, { campaignId: campaign.id }, staff);
    await t.dataSource.query(`UPDATE stories SET status = 'REMOVED' WHERE id = $1`, [top.id]);
    const final = await ok(FINALIZE, { campaignId: campaign.id }, staff);
    expect(final.prizes[0].winners.map((w: any) => [w.place, w.story.id, w.status])).toEqual([
      [2, next.id, 'NOTIFIED'],
      [3, third.id, 'RESERVE'],
    ]);
    expect(await logged(campaign.id)).toEqual(expect.arrayContaining(['DISQUALIFY_WINNER', 'PROMOTE_RESERVE']));
  });

  it('claims: only the winner, only before the deadline, readable by staff only, encrypted at rest, forfeited and erased on schedule', async () => {
    const { campaign, end } = await campaignWith([{ name: 'Headphones', quantity: 1, method: 'RANK' }]);
    const [winner, reserve, stranger] = await authors(3);
    const won = await story(campaign, winner.user.id);
    const waiting = await story(campaign, reserve.user.id);
    await buildLikes(t.dataSource, won, crowd.slice(0, 3), { createdAt: ago(2 * DAY) });
    await buildLikes(t.dataSource, waiting, crowd.slice(0, 2), { createdAt: ago(2 * DAY) });
    await end();
    await ok(DRAW, { campaignId: campaign.id }, staff);
    const draftWinner = (await ok(RESULTS, { campaignId: campaign.id }, staff)).prizes[0].winners[0];
    expect(codeOf(await t.gql(CLAIM, { input: { winnerId: draftWinner.id, ...CLAIM_INPUT } }, winner))).toBe('NOT_FOUND');
    const final = await ok(FINALIZE, { campaignId: campaign.id }, staff);
    const [first, second] = final.prizes[0].winners;
    expect(new Date(first.claimDeadline).getTime()).toBeGreaterThan(Date.now() + 6.9 * DAY);

    expect(codeOf(await t.gql(CLAIM, { input: { winnerId: first.id, ...CLAIM_INPUT } }, stranger))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CLAIM, { input: { winnerId: first.id, ...CLAIM_INPUT, phone: 'call me' } }, winner))).toBe('BAD_USER_INPUT');
    const claimed = await ok(CLAIM, { input: { winnerId: first.id, ...CLAIM_INPUT } }, winner);
    expect(claimed).toMatchObject({ status: 'CLAIMED', claim: null });
    expect(codeOf(await t.gql(CLAIM, { input: { winnerId: first.id, ...CLAIM_INPUT } }, winner))).toBe('CONFLICT');
    const [row] = await t.dataSource.query(`SELECT claim_ciphertext FROM prize_winners WHERE id = $1`, [first.id]);
    expect(row.claim_ciphertext).not.toContain('138');
    expect(row.claim_ciphertext).not.toContain('上海');
    expect((await ok(RESULTS, { campaignId: campaign.id }, staff)).prizes[0].winners[0].claim).toMatchObject(CLAIM_INPUT);
    expect((await ok(RESULTS, { campaignId: campaign.id }, winner)).prizes[0].winners[0].claim).toBeNull();
    expect((await ok(`query { myWins { id status prize { name } } }`, {}, winner))).toEqual([{ id: first.id, status: 'CLAIMED', prize: { name: 'Headphones' } }]);

    const finale = t.app.get(FinaleService);
    // 61 days later the claim's details are gone, the fact of the claim stays.
    const erased = await finale.sweepClaims(new Date(Date.now() + 61 * DAY));
    expect(erased.erased).toBeGreaterThanOrEqual(1);
    const later = (await ok(RESULTS, { campaignId: campaign.id }, staff)).prizes[0].winners[0];
    expect(later).toMatchObject({ status: 'CLAIMED', claim: null });
    expect(await logged(campaign.id)).toEqual(expect.arrayContaining(['CLAIM_PRIZE', 'ERASE_CLAIM']));
    expect(second.status).toBe('RESERVE');
  });

  it('forfeits an unclaimed prize after the deadline and notifies the next reserve, who then claims it; a late claim is refused', async () => {
    const { campaign, end } = await campaignWith([{ name: 'Scarf', quantity: 1, method: 'RANK' }]);
    const [late, reserve] = await authors(2);
    const a = await story(campaign, late.user.id);
    const b = await story(campaign, reserve.user.id);
    await buildLikes(t.dataSource, a, crowd.slice(0, 3), { createdAt: ago(2 * DAY) });
    await buildLikes(t.dataSource, b, crowd.slice(0, 2), { createdAt: ago(2 * DAY) });
    await end();
    await ok(DRAW, { campaignId: campaign.id }, staff);
    const [first, second] = (await ok(FINALIZE, { campaignId: campaign.id }, staff)).prizes[0].winners;
    await t.dataSource.query(`UPDATE prize_winners SET claim_deadline = now() - interval '1 minute' WHERE id = $1`, [first.id]);
    expect(codeOf(await t.gql(CLAIM, { input: { winnerId: first.id, ...CLAIM_INPUT } }, late))).toBe('CONFLICT');
    const swept = await t.app.get(FinaleService).sweepClaims();
    expect(swept.promoted.map((w) => w.id)).toEqual([second.id]);
    const now = (await ok(RESULTS, { campaignId: campaign.id })).prizes[0].winners;
    expect(now.map((w: any) => [w.id, w.status])).toEqual([[first.id, 'FORFEITED'], [second.id, 'NOTIFIED']]);
    expect(now[1].claimDeadline).not.toBeNull();
    expect((await ok(CLAIM, { input: { winnerId: second.id, ...CLAIM_INPUT } }, reserve)).status).toBe('CLAIMED');
    expect(await logged(campaign.id)).toEqual(expect.arrayContaining(['FORFEIT_PRIZE', 'PROMOTE_RESERVE']));
  });

  /** Boards as a reader sees them once the one-second roll-up and cache have caught up. */
  const board = async (campaignId: string, period = 'ALL_TIME') => {
    await t.app.get(FeedRanking).rollUpChanged();
    t.app.get(LeaderboardsService).invalidate(campaignId);
    return (await ok(BOARD, { campaignId, period })).map((e: any) => [e.story.id, e.likeCount]);
  };
  const likeCount = async (storyId: string) => (await ok(LIKE_COUNT, { id: storyId })).likeCount;

  it('voids move live boards, story counts and drafts at once; frozen boards and final results keep theirs; a voided liker never counts again', async () => {
    const ring = await authors(3);
    const ringIds = ring.map((r) => r.user.id);
    const [a, b] = await authors(2);
    // Live: the ring put `ringed` on top.
    const live = await buildCampaign(t.dataSource, { createdById: staff.user.id, startsAt: ago(5 * DAY) });
    const ringed = await story(live, a.user.id, { publishedAt: ago(3 * DAY) });
    const honest = await story(live, b.user.id, { publishedAt: ago(3 * DAY) });
    await buildLikes(t.dataSource, ringed, ringIds.slice(0, 2), { createdAt: ago(HOUR) });
    await buildLikes(t.dataSource, ringed, crowd.slice(20, 21), { createdAt: ago(HOUR) });
    await buildLikes(t.dataSource, honest, crowd.slice(20, 22), { createdAt: ago(HOUR) });
    expect(await board(live.id)).toEqual([[ringed.id, 3], [honest.id, 2]]);
    // Frozen: ended, its board frozen while the ring's likes still counted.
    const frozen = await buildCampaign(t.dataSource, { createdById: staff.user.id, startsAt: ago(10 * DAY), endsAt: ago(DAY) });
    const frozenStory = await story(frozen, a.user.id);
    await buildLikes(t.dataSource, frozenStory, ringIds, { createdAt: ago(2 * DAY) });
    expect(await board(frozen.id)).toEqual([[frozenStory.id, 3]]);
    // Draft: drawn, not final; the ring made `ringedDraft` the winner.
    const drafted = await campaignWith([{ name: 'Kettle', quantity: 1, method: 'RANK' }]);
    const ringedDraft = await story(drafted.campaign, a.user.id);
    const honestDraft = await story(drafted.campaign, b.user.id);
    await buildLikes(t.dataSource, ringedDraft, ringIds, { createdAt: ago(2 * DAY) });
    await buildLikes(t.dataSource, honestDraft, crowd.slice(20, 22), { createdAt: ago(2 * DAY) });
    await drafted.end();
    expect((await ok(DRAW, { campaignId: drafted.campaign.id }, staff)).prizes[0].winners[0].story.id).toBe(ringedDraft.id);
    // Final: published before the void, with the ring counted.
    const published = await campaignWith([{ name: 'Lamp', quantity: 1, method: 'RANK' }]);
    const ringedFinal = await story(published.campaign, a.user.id);
    await story(published.campaign, b.user.id);
    await buildLikes(t.dataSource, ringedFinal, ringIds, { createdAt: ago(2 * DAY) });
    await published.end();
    await ok(DRAW, { campaignId: published.campaign.id }, staff);
    const finalBefore = await ok(FINALIZE, { campaignId: published.campaign.id }, staff);

    for (const member of ringIds) expect(await ok(VOID, { userId: member, reason: 'like ring' }, moderator)).toBeGreaterThan(0);

    expect(await board(live.id)).toEqual([[honest.id, 2], [ringed.id, 1]]);
    expect(await board(live.id, 'DAY')).toEqual([[honest.id, 2], [ringed.id, 1]]);
    expect(await likeCount(ringed.id)).toBe(1);
    expect(await board(frozen.id)).toEqual([[frozenStory.id, 3]]);
    const redrawn = await ok(RESULTS, { campaignId: drafted.campaign.id }, staff);
    expect(redrawn.finalizedAt).toBeNull();
    expect(redrawn.prizes[0].winners[0].story.id).toBe(honestDraft.id);
    expect(redrawn.voidedLikeCount).toBe(3);
    expect(await ok(RESULTS, { campaignId: published.campaign.id })).toEqual(finalBefore);

    // A voided liker's new like and unlike leave the count alone (never below what counts).
    const third = await story(live, b.user.id);
    await ok(LIKE, { storyId: third.id }, ring[0]);
    expect(await likeCount(third.id)).toBe(0);
    await ok(UNLIKE, { storyId: ringed.id }, ring[0]);
    await ok(UNLIKE, { storyId: third.id }, ring[0]);
    expect(await likeCount(ringed.id)).toBe(1);
    expect(await likeCount(third.id)).toBe(0);
    // A like whose statement began just before the void committed counted itself (as LIKE_MANY_SQL
    // would with the snapshot it had); the sweep takes it out, once.
    const racing = await story(live, b.user.id);
    await t.dataSource.query(`INSERT INTO story_likes (story_id, user_id, campaign_id, counted) VALUES ($1, $2, $3, true)`, [racing.id, ringIds[2], live.id]);
    await t.dataSource.query(`INSERT INTO story_stat_shards (story_id, shard, likes, comments) VALUES ($1, 3, 1, 0)`, [racing.id]);
    expect(await likeCount(racing.id)).toBe(1);
    const finale = t.app.get(FinaleService);
    expect(await finale.sweepVoidedLikes()).toBe(1);
    expect(await finale.sweepVoidedLikes()).toBe(0);
    expect(await likeCount(racing.id)).toBe(0);
    // Voiding again changes nothing but the log.
    await ok(VOID, { userId: ringIds[1], reason: 'again' }, moderator);
    expect(await likeCount(ringed.id)).toBe(1);
    expect(await logged(drafted.campaign.id)).toEqual(['ADD_PRIZE', 'DRAW_WINNERS', 'DRAW_WINNERS', 'DRAW_WINNERS', 'DRAW_WINNERS']);
  });

  it("judges: each sees their own score, the others' only after scoring; a second score replaces the first; two judges make a winner", async () => {
    const { campaign, end } = await campaignWith([{ name: 'Trophy', quantity: 1, method: 'JUDGES' }]);
    const second = await t.createUser({ role: Role.BRAND_STAFF });
    const [a, b] = await authors(2);
    const one = await story(campaign, a.user.id, { publishedAt: ago(5 * DAY) });
    const two = await story(campaign, b.user.id, { publishedAt: ago(4 * DAY) });
    const pending = await story(campaign, b.user.id, { status: StoryStatus.PENDING, publishedAt: null });

    expect(codeOf(await t.gql(SCORE, { storyId: one.id, score: 11 }, staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(SCORE, { storyId: one.id, score: 0 }, staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(SCORE, { storyId: pending.id, score: 5 }, staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(SCORE, { storyId: one.id, score: 5 }, a))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(QUEUE, { campaignId: campaign.id }, a))).toBe('FORBIDDEN');
    expect(await t.dataSource.query(`SELECT * FROM judge_scores WHERE story_id = $1`, [one.id])).toEqual([]);

    await ok(SCORE, { storyId: one.id, score: 4, note: 'blurry' }, staff);
    await ok(SCORE, { storyId: one.id, score: 9, note: 'on second look, lovely' }, staff);
    await ok(SCORE, { storyId: two.id, score: 6 }, staff);
    // The second judge has scored nothing: sees no one's numbers, only how many judged.
    const blind = await ok(QUEUE, { campaignId: campaign.id }, second);
    expect(blind.map((e: any) => [e.story.id, e.myScore, e.scores, e.averageScore, e.judgeCount])).toEqual([
      [one.id, null, [], null, 1],
      [two.id, null, [], null, 1],
    ]);
    await ok(SCORE, { storyId: one.id, score: 7 }, second);
    const after = await ok(QUEUE, { campaignId: campaign.id }, second);
    expect(after[0]).toMatchObject({ myScore: { score: 7 }, averageScore: 8, judgeCount: 2 });
    expect(after[0].scores.map((s: any) => [s.judge.id, s.score]).sort()).toEqual([[second.user.id, 7], [staff.user.id, 9]].sort());
    expect(after[1]).toMatchObject({ myScore: null, scores: [], judgeCount: 1 });
    const mine = await ok(QUEUE, { campaignId: campaign.id }, staff);
    expect(mine[0].myScore).toEqual({ score: 9, note: 'on second look, lovely' });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM judge_scores WHERE story_id = $1`, [one.id]))[0].n).toBe(2);

    await end();
    // `two` has one judge only: it cannot win, and no reserve with two judges exists.
    const draft = await ok(DRAW, { campaignId: campaign.id }, staff);
    expect(draft.prizes[0].winners.map((w: any) => w.story.id)).toEqual([one.id]);
    await ok(FINALIZE, { campaignId: campaign.id }, staff);
    expect(codeOf(await t.gql(SCORE, { storyId: two.id, score: 8 }, second))).toBe('CONFLICT');
  });

  it('disqualifies by hand: in a draft the story stays out of redraws; after finalising the next reserve gets a deadline; logged', async () => {
    const { campaign, end } = await campaignWith([{ name: 'Blanket', quantity: 1, method: 'RANK' }]);
    const [a, b, c] = await authors(3);
    const top = await story(campaign, a.user.id);
    const next = await story(campaign, b.user.id);
    const third = await story(campaign, c.user.id);
    await buildLikes(t.dataSource, top, crowd.slice(0, 5), { createdAt: ago(2 * DAY) });
    await buildLikes(t.dataSource, next, crowd.slice(0, 4), { createdAt: ago(2 * DAY) });
    await buildLikes(t.dataSource, third, crowd.slice(0, 3), { createdAt: ago(2 * DAY) });
    await end();
    const draft = await ok(DRAW, { campaignId: campaign.id }, staff);
    const first = draft.prizes[0].winners[0];
    expect(codeOf(await t.gql(DISQUALIFY, { winnerId: first.id, reason: 'x' }, a))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(DISQUALIFY, { winnerId: first.id, reason: ' ' }, staff))).toBe('BAD_USER_INPUT');
    const after = await ok(DISQUALIFY, { winnerId: first.id, reason: 'photo not their own' }, staff);
    expect(after.prizes[0].winners.map((w: any) => [w.story.id, w.status])).toEqual([
      [top.id, 'FORFEITED'], [next.id, 'NOTIFIED'], [third.id, 'RESERVE'],
    ]);
    expect(codeOf(await t.gql(DISQUALIFY, { winnerId: first.id, reason: 'again' }, staff))).toBe('CONFLICT');
    // Nobody is told of a draft: its reserve moving up is no PROMOTE_RESERVE (which tells a winner).
    expect(await logged(campaign.id)).not.toContain('PROMOTE_RESERVE');
    const redrawn = await ok(DRAW, { campaignId: campaign.id }, staff);
    expect(redrawn.prizes[0].winners.map((w: any) => w.story.id)).toEqual([next.id, third.id]);
    const final = await ok(FINALIZE, { campaignId: campaign.id }, staff);
    const winner = final.prizes[0].winners[0];
    const promoted = await ok(DISQUALIFY, { winnerId: winner.id, reason: 'second account of a ring' }, staff);
    expect(promoted.prizes[0].winners.map((w: any) => [w.story.id, w.status, !!w.claimDeadline])).toEqual([
      [next.id, 'FORFEITED', true], [third.id, 'NOTIFIED', true],
    ]);
    expect(await logged(campaign.id)).toContain('PROMOTE_RESERVE');
    const reasons = await t.dataSource.query(`SELECT reason FROM moderation_actions WHERE campaign_id = $1 AND action = 'DISQUALIFY_WINNER' ORDER BY created_at`, [campaign.id]);
    expect(reasons.map((r: any) => r.reason)).toEqual([expect.stringContaining('photo not their own'), expect.stringContaining('second account of a ring')]);
  });

  it('shows moderators likers created in the same hour and how narrowly they liked; only moderators', async () => {
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id, startsAt: ago(5 * DAY) });
    const [a, b] = await authors(2);
    const target = await story(campaign, a.user.id);
    const other = await story(campaign, b.user.id);
    const ring = (await buildUsers(t.dataSource, 4, 'hour')).map((u) => u.id);
    await t.dataSource.query(`UPDATE users SET created_at = '2026-01-05T03:10:00Z' WHERE id = ANY($1::uuid[])`, [ring]);
    await buildLikes(t.dataSource, target, ring);
    await buildLikes(t.dataSource, other, ring.slice(0, 1));
    await buildLikes(t.dataSource, other, crowd.slice(0, 2));
    const SUSPICIOUS = `query ($campaignId: ID!) { suspiciousLikes(campaignId: $campaignId) {
      signal createdHour accounts likes narrowAccounts userIds someVoided users { id displayName } } }`;
    expect(codeOf(await t.gql(SUSPICIOUS, { campaignId: campaign.id }, staff))).toBe('FORBIDDEN');
    const [group, ...rest] = await ok(SUSPICIOUS, { campaignId: campaign.id }, moderator);
    expect(rest).toEqual([]);
    expect(group).toMatchObject({ signal: 'SAME_HOUR', createdHour: '2026-01-05T03:00:00.000Z', accounts: 4, likes: 5, narrowAccounts: 4, someVoided: false });
    expect([...group.userIds].sort()).toEqual([...ring].sort());
    expect(group.users.map((u: any) => u.id)).toEqual(group.userIds);
    expect(group.users[0].displayName).toMatch(/^Crowd/);
    await ok(VOID, { userId: ring[0], reason: 'ring' }, moderator);
    expect((await ok(SUSPICIOUS, { campaignId: campaign.id }, moderator))[0].someVoided).toBe(true);
  });

  it('shows moderators accounts that liked from one client address, keeping only a pseudonym of it', async () => {
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id, startsAt: ago(5 * DAY) });
    const [author] = await authors(1);
    const target = await story(campaign, author.user.id);
    // Three accounts made months apart (no SAME_HOUR group), all liking through this test's one address.
    const ring = await authors(3);
    for (const [i, liker] of ring.entries()) {
      await t.dataSource.query(`UPDATE users SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [liker.user.id, 30 * (i + 1)]);
      expect((await t.gql(`mutation ($id: ID!) { likeStory(storyId: $id) { id } }`, { id: target.id }, liker)).errors).toBeUndefined();
    }
    const groups = await ok(`query ($campaignId: ID!) { suspiciousLikes(campaignId: $campaignId) { signal createdHour accounts likes userIds } }`, { campaignId: campaign.id }, moderator);
    expect(groups).toEqual([{ signal: 'SAME_CLIENT', createdHour: null, accounts: 3, likes: 3, userIds: ring.map((r) => r.user.id).sort() }]);
    const keys: { client_key: string }[] = await t.dataSource.query(`SELECT DISTINCT client_key FROM story_likes WHERE story_id = $1`, [target.id]);
    expect(keys).toHaveLength(1);
    expect(keys[0].client_key).toMatch(/^[\w-]{22}$/);
    expect(keys[0].client_key).not.toContain('127.0.0.1');
  });

  it('keeps the place of a final winner whose story is removed or whose account is deleted, without the story', async () => {
    const { campaign, end } = await campaignWith([{ name: 'Lamp', quantity: 3, method: 'RANK' }]);
    const [a, b, c] = await authors(3);
    const stories = [await story(campaign, a.user.id), await story(campaign, b.user.id), await story(campaign, c.user.id)];
    for (const [i, s] of stories.entries()) await buildLikes(t.dataSource, s, crowd.slice(0, 6 - 2 * i), { createdAt: ago(2 * DAY) });
    await t.dataSource.query(`UPDATE users SET created_at = now() - interval '30 days' WHERE id = ANY($1::uuid[])`, [crowd]);
    await end();
    await ok(DRAW, { campaignId: campaign.id }, staff);
    await ok(FINALIZE, { campaignId: campaign.id }, staff);
    await ok(`mutation ($id: ID!) { moderateStory(storyId: $id, decision: REMOVE, reason: "not theirs") { id } }`, { id: stories[0].id }, moderator);
    await t.dataSource.query(`UPDATE users SET deleted_at = now() WHERE id = $1`, [b.user.id]);
    await t.dataSource.query(`UPDATE stories SET deleted_at = now() WHERE id = $1`, [stories[1].id]);
    const [prize] = (await ok(`query ($campaignId: ID!) { campaignResults(campaignId: $campaignId) { prizes { winners { place story { id } } withdrawnPlaces { place deletedAccount } } } }`, { campaignId: campaign.id })).prizes;
    expect(prize.winners).toEqual([{ place: 3, story: { id: stories[2].id } }]);
    expect(prize.withdrawnPlaces).toEqual([{ place: 1, deletedAccount: false }, { place: 2, deletedAccount: true }]);
  });

  it('refuses the rest of the bad input and changes nothing: drawing without prizes, finalising before drawing, unknown ids, empty reasons, customers at the console', async () => {
    const bare = await campaignWith([]);
    await bare.end();
    expect(codeOf(await t.gql(DRAW, { campaignId: bare.campaign.id }, staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(FINALIZE, { campaignId: bare.campaign.id }, staff))).toBe('BAD_USER_INPUT');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(codeOf(await t.gql(DRAW, { campaignId: unknown }, staff))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(FINALIZE, { campaignId: unknown }, staff))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(VOID, { userId: unknown, reason: 'ring' }, moderator))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(CLAIM, { input: { winnerId: unknown, ...CLAIM_INPUT } }, staff))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(SCORE, { storyId: unknown, score: 5 }, staff))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(VOID, { userId: crowd[29], reason: '   ' }, moderator))).toBe('BAD_USER_INPUT');
    expect(await t.dataSource.query(`SELECT * FROM like_voids WHERE user_id = $1`, [crowd[29]])).toEqual([]);
    expect(await t.dataSource.query(`SELECT * FROM campaign_results WHERE campaign_id = $1`, [bare.campaign.id])).toEqual([]);

    const { campaign, end } = await campaignWith([{ name: 'Pen', quantity: 1, method: 'RANK' }]);
    const [a, b] = await authors(2);
    const won = await story(campaign, a.user.id);
    await buildLikes(t.dataSource, won, crowd.slice(0, 2), { createdAt: ago(2 * DAY) });
    await end();
    expect(codeOf(await t.gql(DRAW, { campaignId: campaign.id }, a))).toBe('FORBIDDEN');
    await ok(DRAW, { campaignId: campaign.id }, staff);
    expect(codeOf(await t.gql(FINALIZE, { campaignId: campaign.id }, a))).toBe('FORBIDDEN');
    const final = await ok(FINALIZE, { campaignId: campaign.id }, staff);
    const winnerId = final.prizes[0].winners[0].id;
    expect(codeOf(await t.gql(CLAIM, { input: { winnerId, ...CLAIM_INPUT, address: 'x' } }, a))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(CLAIM, { input: { winnerId, ...CLAIM_INPUT, recipientName: '' } }, a))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(CLAIM, { input: { winnerId, ...CLAIM_INPUT } }, b))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(FINALIZE, { campaignId: campaign.id }, staff))).toBe('CONFLICT');
    expect(codeOf(await t.gql(DRAW, { campaignId: campaign.id }, staff))).toBe('CONFLICT');
    expect(await ok(RESULTS, { campaignId: campaign.id }, staff)).toEqual(final);
  });
});
