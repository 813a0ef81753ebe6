import { buildCampaign, buildStory } from '../../testing/builders';
import { jobsIdle, uploadPhoto } from '../../testing/photo-uploads';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { png } from '../../testing/test-images';
import { Role } from '../accounts/role.enum';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { StoryStatus } from './story-status.enum';

const UPDATE = `mutation ($id: ID!, $input: UpdateStoryInput!) {
  updateStory(id: $id, input: $input) { id title body status rejectionReason editedAt hashtags photos { id } }
}`;
const ADD_TERM = `mutation ($input: ModerationTermInput!) { addModerationTerm(input: $input) { id } }`;
const FEED = `query ($campaignId: ID!) { feed(campaignId: $campaignId, sort: NEW, first: 50) { nodes { id } } }`;
const CAMPAIGN_COUNT = `query ($id: ID) { campaign(id: $id) { storyCount } }`;

describe.each(DATABASES)('editing one\'s own story on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;
  let reviewed: CampaignEntity;
  let open: CampaignEntity;
  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
    staff = await t.createUser({ role: Role.ADMIN });
    reviewed = await buildCampaign(t.dataSource, { createdById: staff.user.id, requiresModeration: true });
    open = await buildCampaign(t.dataSource, { createdById: staff.user.id, requiresModeration: false, maxPhotosPerStory: 2 });
  });
  afterAll(() => t.close());

  const update = (as: TestUser, id: string, input: Record<string, unknown>) => t.gql(UPDATE, { id, input }, as);

  it('the author edits a PENDING story: new text and hashtags, still PENDING', async () => {
    const author = await t.createUser();
    const story = await buildStory(t.dataSource, { campaignId: reviewed.id, authorId: author.user.id, status: StoryStatus.PENDING });
    const result = await update(author, story.id, { title: '  新的标题 ', body: '改过的故事 #阳台' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateStory).toMatchObject({ title: '新的标题', body: '改过的故事 #阳台', status: 'PENDING', hashtags: ['阳台'] });
    expect(result.data!.updateStory.editedAt).toEqual(expect.any(String));
  });

  it('a REJECTED story goes back to PENDING, its rejection reason cleared', async () => {
    const author = await t.createUser();
    const story = await buildStory(t.dataSource, { campaignId: reviewed.id, authorId: author.user.id, status: StoryStatus.REJECTED, rejectionReason: 'Blurry photo' });
    const result = await update(author, story.id, { body: 'A clearer version of my story' });
    expect(result.data!.updateStory).toMatchObject({ status: 'PENDING', rejectionReason: null, title: story.title });
  });

  it('refuses an APPROVED story of a reviewed campaign, and a REMOVED one', async () => {
    const author = await t.createUser();
    const approved = await buildStory(t.dataSource, { campaignId: reviewed.id, authorId: author.user.id });
    const removed = await buildStory(t.dataSource, { campaignId: reviewed.id, authorId: author.user.id, status: StoryStatus.REMOVED });
    expect(codeOf(await update(author, approved.id, { title: 'Changed after review' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await update(author, removed.id, { title: 'Changed after removal' }))).toBe('BAD_USER_INPUT');
  });

  it('without moderation: APPROVED stays published and marked edited within 30 minutes, not after', async () => {
    const author = await t.createUser();
    const fresh = await buildStory(t.dataSource, { campaignId: open.id, authorId: author.user.id, publishedAt: new Date(Date.now() - 10 * 60_000) });
    const old = await buildStory(t.dataSource, { campaignId: open.id, authorId: author.user.id, publishedAt: new Date(Date.now() - 31 * 60_000) });
    const edited = await update(author, fresh.id, { body: 'Fixed a typo in my story' });
    expect(edited.data!.updateStory).toMatchObject({ status: 'APPROVED', body: 'Fixed a typo in my story' });
    expect(edited.data!.updateStory.editedAt).not.toBeNull();
    expect(codeOf(await update(author, old.id, { body: 'Too late to change this' }))).toBe('BAD_USER_INPUT');
  });

  it('applies the word list: BLOCK refuses the edit, REVIEW takes a published story back to review and out of the feed', async () => {
    const author = await t.createUser();
    const story = await buildStory(t.dataSource, { campaignId: open.id, authorId: author.user.id });
    expect((await t.gql(ADD_TERM, { input: { term: 'forbiddenword', action: 'BLOCK', campaignId: open.id } }, staff)).errors).toBeUndefined();
    expect((await t.gql(ADD_TERM, { input: { term: 'checkme', action: 'REVIEW', campaignId: open.id } }, staff)).errors).toBeUndefined();
    expect(codeOf(await update(author, story.id, { body: 'now with forbiddenword inside' }))).toBe('BAD_USER_INPUT');
    const before = (await t.gql(CAMPAIGN_COUNT, { id: open.id })).data!.campaign.storyCount;
    const held = await update(author, story.id, { body: 'please checkme again' });
    expect(held.data!.updateStory.status).toBe('PENDING');
    const feed = (await t.gql(FEED, { campaignId: open.id })).data!.feed.nodes.map((n: { id: string }) => n.id);
    expect(feed).not.toContain(story.id);
    expect((await t.gql(CAMPAIGN_COUNT, { id: open.id })).data!.campaign.storyCount).toBe(before - 1);
  });

  it('nobody else edits: another customer gets NOT_FOUND for a story they cannot see, FORBIDDEN for one they can', async () => {
    const author = await t.createUser();
    const other = await t.createUser();
    const pending = await buildStory(t.dataSource, { campaignId: reviewed.id, authorId: author.user.id, status: StoryStatus.PENDING });
    const published = await buildStory(t.dataSource, { campaignId: open.id, authorId: author.user.id });
    expect(codeOf(await update(other, pending.id, { title: 'Not mine' }))).toBe('NOT_FOUND');
    expect(codeOf(await update(other, published.id, { title: 'Not mine' }))).toBe('FORBIDDEN');
    expect(codeOf(await update(author, pending.id, { title: '' }))).toBe('BAD_USER_INPUT');
  });

  it('replaces the photos: kept ones stay, new uploads join, dropped ones go, within the campaign\'s limit', async () => {
    const author = await t.createUser();
    const first = await uploadPhoto(t, author, await png(), { filename: 'a.png', contentType: 'image/png' });
    const submitted = await t.gql(
      `mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { id photos { id } } }`,
      { input: { campaignId: open.id, title: 'With a photo', body: 'One photo to start', photoIds: [first], grantUsageRights: false } },
      author,
    );
    const id = submitted.data!.submitStory.id;
    await jobsIdle(t);
    const second = await uploadPhoto(t, author, await png(), { filename: 'b.png', contentType: 'image/png' });
    const third = await uploadPhoto(t, author, await png(), { filename: 'c.png', contentType: 'image/png' });
    expect(codeOf(await update(author, id, { photoIds: [first, second, third] }))).toBe('BAD_USER_INPUT');
    const swapped = await update(author, id, { photoIds: [second] });
    expect(swapped.errors).toBeUndefined();
    expect(swapped.data!.updateStory.photos.map((p: { id: string }) => p.id)).toEqual([second]);
    const rows: { id: string }[] = await t.dataSource.query(`SELECT id FROM photos WHERE id = $1`, [first]);
    expect(rows).toHaveLength(0);
  });
});
