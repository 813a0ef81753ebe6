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
});
