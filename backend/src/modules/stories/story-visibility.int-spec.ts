import { buildCampaign, buildLikes, buildUsers } from '../../testing/builders';
import { jobsIdle, uploadPhoto } from '../../testing/photo-uploads';
import { png } from '../../testing/test-images';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { Role } from '../accounts/role.enum';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { LeaderboardsService } from '../leaderboards/leaderboards.service';

const HOUR = 3600_000;
const ago = (ms: number) => new Date(Date.now() - ms);

const SUBMIT = `mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { id status } }`;
const STORY = `query ($id: ID!) { story(id: $id) { id title campaign { title description } photos { url thumbnailUrl } } }`;
const LIKE = `mutation ($id: ID!) { likeStory(storyId: $id) { id } }`;
const COMMENT = `mutation ($id: ID!) { addComment(storyId: $id, body: "好看") { id } }`;
const FEED = `query ($campaignId: ID!) { feed(campaignId: $campaignId, sort: NEW, first: 10) { nodes { id } } }`;
const BOARD = `query ($campaignId: ID!) { storyLeaderboard(campaignId: $campaignId, first: 10) { rank likeCount story { id title body photos { url } author { id } } } }`;
const MODERATE = `mutation ($id: ID!, $decision: ModerationDecision!, $reason: String) {
  moderateStory(storyId: $id, decision: $decision, reason: $reason) { id status } }`;

/**
 * The one visibility rule (story-visibility.ts), seen through every reader: a story page, its
 * campaign, liking, commenting, feeds, frozen leaderboards and the photos themselves.
 */
describe.each(DATABASES)('who may see a story, everywhere, on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;
  let moderator: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
    [staff, moderator] = await Promise.all([t.createUser({ role: Role.BRAND_STAFF }), t.createUser({ role: Role.MODERATOR })]);
  });
  afterAll(() => t.close());

  const openCampaign = (overrides: Partial<CampaignEntity> = {}) =>
    buildCampaign(t.dataSource, { createdById: staff.user.id, requiresModeration: false, ...overrides });
  const post = async (campaign: CampaignEntity, author: TestUser, photoIds: string[] = []) => {
    const result = await t.gql(SUBMIT, { input: { campaignId: campaign.id, title: '阳台的花', body: '早上好 🌸', photoIds, grantUsageRights: false } }, author);
    expect(result.errors).toBeUndefined();
    return result.data!.submitStory.id as string;
  };
  const fetchMedia = (url: string) => fetch(url.startsWith('http') ? url : `${t.baseUrl}${url}`);

  it('hides every story of a campaign taken back to DRAFT, from every reader alike, but for staff', async () => {
    const campaign = await openCampaign();
    const author = await t.createUser();
    const storyId = await post(campaign, author);
    const reader = await t.createUser();
    expect((await t.gql(STORY, { id: storyId })).data!.story.campaign.title).toBe(campaign.title);

    await t.dataSource.query(`UPDATE campaigns SET published = false WHERE id = $1`, [campaign.id]);
    // The story page no longer shows the story or the unpublished campaign's texts…
    expect((await t.gql(STORY, { id: storyId })).data!.story).toBeNull();
    expect((await t.gql(STORY, { id: storyId }, reader)).data!.story).toBeNull();
    // …and every action on it answers as if it did not exist, the same as the page.
    expect(codeOf(await t.gql(LIKE, { id: storyId }, reader))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(COMMENT, { id: storyId }, reader))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(FEED, { campaignId: campaign.id }, reader))).toBe('NOT_FOUND');
    // Brand staff preview their draft, moderators decide on anything.
    expect((await t.gql(STORY, { id: storyId }, staff)).data!.story.id).toBe(storyId);
    expect((await t.gql(STORY, { id: storyId }, moderator)).data!.story.id).toBe(storyId);
    expect((await t.gql(FEED, { campaignId: campaign.id }, staff)).data!.feed.nodes).toEqual([{ id: storyId }]);
  });

  it('shows a SCHEDULED campaign\'s page but none of its stories', async () => {
    const campaign = await openCampaign();
    const storyId = await post(campaign, await t.createUser());
    await t.dataSource.query(`UPDATE campaigns SET starts_at = now() + interval '1 day', ends_at = now() + interval '9 days' WHERE id = $1`, [campaign.id]);
    expect((await t.gql(STORY, { id: storyId })).data!.story).toBeNull();
    expect((await t.gql(FEED, { campaignId: campaign.id })).data!.feed.nodes).toEqual([]);
  });

  it('drops a story removed after the end from the frozen board (the others keep their final ranks) and stops serving its photos', async () => {
    const campaign = await openCampaign({ startsAt: ago(20 * 24 * HOUR) });
    const [doxxer, winner] = [await t.createUser(), await t.createUser()];
    const photoId = await uploadPhoto(t, doxxer, await png(), { contentType: 'image/png' });
    const removedId = await post(campaign, doxxer, [photoId]);
    const secondId = await post(campaign, winner);
    await jobsIdle(t);
    const crowd = await buildUsers(t.dataSource, 5, `vis-${Date.now()}`);
    await buildLikes(t.dataSource, { id: removedId, campaignId: campaign.id }, crowd.map((u) => u.id), { createdAt: ago(3 * HOUR) });
    await buildLikes(t.dataSource, { id: secondId, campaignId: campaign.id }, crowd.slice(0, 2).map((u) => u.id), { createdAt: ago(3 * HOUR) });

    const page = (await t.gql(STORY, { id: removedId })).data!.story;
    const [displayUrl, thumbUrl] = [page.photos[0].url as string, page.photos[0].thumbnailUrl as string];
    const served = await fetchMedia(displayUrl);
    expect(served.status).toBe(200);
    // Content that can be taken down is never cached for ever.
    expect(served.headers.get('cache-control')).toBe('public, max-age=60');

    await t.dataSource.query(`UPDATE campaigns SET ends_at = $2 WHERE id = $1`, [campaign.id, ago(HOUR)]);
    await t.app.get(LeaderboardsService).freezeEndedCampaigns();
    const frozen = (await t.gql(BOARD, { campaignId: campaign.id })).data!.storyLeaderboard;
    expect(frozen.map((e: { rank: number; story: { id: string } }) => [e.rank, e.story.id])).toEqual([[1, removedId], [2, secondId]]);

    expect((await t.gql(MODERATE, { id: removedId, decision: 'REMOVE', reason: 'Shares a stranger\'s address' }, moderator)).errors).toBeUndefined();
    await jobsIdle(t);

    t.app.get(LeaderboardsService).invalidate(campaign.id);
    const after = (await t.gql(BOARD, { campaignId: campaign.id })).data!.storyLeaderboard;
    expect(after.map((e: { rank: number; story: { id: string } }) => [e.rank, e.story.id])).toEqual([[2, secondId]]);
    expect(JSON.stringify(after)).not.toContain(doxxer.user.id);
    // The photo's old addresses answer nothing any more.
    expect((await fetchMedia(displayUrl)).status).toBe(404);
    expect((await fetchMedia(thumbUrl)).status).toBe(404);

    // A moderator still sees the removed story, photos through a short-lived private link.
    const seenByModerator = (await t.gql(STORY, { id: removedId }, moderator)).data!.story;
    const privateUrl = seenByModerator.photos[0].url as string;
    expect(privateUrl).not.toBe(displayUrl);
    const privateCopy = await fetchMedia(privateUrl);
    expect(privateCopy.status).toBe(200);
    expect(privateCopy.headers.get('cache-control')).toBe('private, no-store');
    // The link without its signature, or with another's, is refused.
    expect((await fetchMedia(privateUrl.split('?')[0])).status).toBe(404);
    expect((await fetchMedia(privateUrl.replace(/signature=[^&]+/, 'signature=forged'))).status).toBe(404);

    // Restored: the photo is public again, at its public address.
    expect((await t.gql(MODERATE, { id: removedId, decision: 'RESTORE' }, moderator)).errors).toBeUndefined();
    await jobsIdle(t);
    expect((await fetchMedia(displayUrl)).status).toBe(200);
  });

  it('withholds the photos of a rejected or deleted story too', async () => {
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id, requiresModeration: true });
    const author = await t.createUser();
    const photoId = await uploadPhoto(t, author, await png(), { contentType: 'image/png' });
    const storyId = await post(campaign, author, [photoId]);
    await jobsIdle(t);
    const url = (await t.gql(STORY, { id: storyId }, author)).data!.story.photos[0].url as string;
    expect((await fetchMedia(url)).status).toBe(200);
    await t.gql(MODERATE, { id: storyId, decision: 'REJECT', reason: 'Not about the theme' }, moderator);
    await jobsIdle(t);
    expect((await fetchMedia(url)).status).toBe(404);

    const other = await post(campaign, author, [await uploadPhoto(t, author, await png(), { contentType: 'image/png' })]);
    await jobsIdle(t);
    const otherUrl = (await t.gql(STORY, { id: other }, author)).data!.story.photos[0].url as string;
    expect((await t.gql(`mutation ($id: ID!) { deleteStory(id: $id) }`, { id: other }, author)).errors).toBeUndefined();
    await jobsIdle(t);
    expect((await fetchMedia(otherUrl)).status).toBe(404);
  });
});
