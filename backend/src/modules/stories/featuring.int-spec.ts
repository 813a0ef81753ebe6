import { buildCampaign, buildStory } from '../../testing/builders';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { Role } from '../accounts/role.enum';
import { StoryStatus } from '../stories/story-status.enum';
import type { StoryEntity } from '../stories/story.entity';

const FEATURE = `mutation ($id: ID!, $note: String) { featureStory(storyId: $id, note: $note) { id featured featuredAt featureNote } }`;
const UNFEATURE = `mutation ($id: ID!) { unfeatureStory(storyId: $id) { id featured featuredAt featureNote } }`;
const FEATURED_FEED = `query ($campaignId: ID!) { feed(campaignId: $campaignId, sort: FEATURED) { nodes { id featureNote } } }`;

describe.each(DATABASES)('featuring on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;
  let admin: TestUser;
  let campaignId: string;

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
    staff = await t.createUser({ role: Role.BRAND_STAFF });
    admin = await t.createUser({ role: Role.ADMIN });
    campaignId = (await buildCampaign(t.dataSource, { createdById: staff.user.id })).id;
  });
  afterAll(() => t.close());

  const newStory = async (overrides: Partial<StoryEntity> = {}) =>
    buildStory(t.dataSource, { campaignId, authorId: (await t.createUser()).user.id, ...overrides });
  const log = (storyId: string) =>
    t.dataSource.query(`SELECT action, moderator_id, reason FROM moderation_actions WHERE story_id = $1 ORDER BY created_at, action`, [storyId]);

  it('lets BRAND_STAFF feature an APPROVED story with a note, logged, and shown in the FEATURED feed', async () => {
    const story = await newStory();
    const result = await t.gql(FEATURE, { id: story.id, note: '  本周最佳 ✨ ' }, staff);
    expect(result.data!.featureStory).toMatchObject({ id: story.id, featured: true, featureNote: '本周最佳 ✨', featuredAt: expect.any(String) });
    expect((await t.gql(FEATURED_FEED, { campaignId })).data!.feed.nodes).toContainEqual({ id: story.id, featureNote: '本周最佳 ✨' });
    expect(await log(story.id)).toEqual([{ action: 'FEATURE', moderator_id: staff.user.id, reason: '本周最佳 ✨' }]);
  });

  it('keeps the first featuring time when featured again, updating the note', async () => {
    const story = await newStory();
    const first = (await t.gql(FEATURE, { id: story.id }, admin)).data!.featureStory;
    expect(first.featureNote).toBeNull();
    const again = (await t.gql(FEATURE, { id: story.id, note: 'now with a note' }, admin)).data!.featureStory;
    expect(again.featuredAt).toBe(first.featuredAt);
    expect(again.featureNote).toBe('now with a note');
    // The same call once more changes nothing and logs nothing.
    await t.gql(FEATURE, { id: story.id, note: 'now with a note' }, admin);
    expect((await log(story.id)).map((r: { action: string }) => r.action)).toEqual(['FEATURE', 'FEATURE']);
  });

  it('unfeatures (logged), and unfeaturing again changes nothing', async () => {
    const story = await newStory();
    await t.gql(FEATURE, { id: story.id }, staff);
    expect((await t.gql(UNFEATURE, { id: story.id }, staff)).data!.unfeatureStory).toEqual({
      id: story.id, featured: false, featuredAt: null, featureNote: null,
    });
    expect((await t.gql(UNFEATURE, { id: story.id }, staff)).data!.unfeatureStory.featured).toBe(false);
    expect((await log(story.id)).map((r: { action: string }) => r.action)).toEqual(['FEATURE', 'UNFEATURE']);
    expect((await t.gql(FEATURED_FEED, { campaignId })).data!.feed.nodes).not.toContainEqual(expect.objectContaining({ id: story.id }));
  });

  it('is for BRAND_STAFF and ADMIN only', async () => {
    const story = await newStory();
    expect(codeOf(await t.gql(FEATURE, { id: story.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(FEATURE, { id: story.id }, await t.createUser()))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(FEATURE, { id: story.id }, await t.createUser({ role: Role.MODERATOR })))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(UNFEATURE, { id: story.id }, await t.createUser()))).toBe('FORBIDDEN');
    expect(await log(story.id)).toEqual([]);
  });

  it('features APPROVED stories only: BAD_USER_INPUT for one the viewer sees in another state, NOT_FOUND for one they cannot see', async () => {
    const pending = await newStory({ status: StoryStatus.PENDING });
    const rejected = await newStory({ status: StoryStatus.REJECTED });
    expect(codeOf(await t.gql(FEATURE, { id: pending.id }, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(FEATURE, { id: rejected.id }, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(FEATURE, { id: pending.id }, staff))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(FEATURE, { id: '00000000-0000-4000-8000-000000000000' }, staff))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(FEATURE, { id: (await newStory()).id, note: 'x'.repeat(501) }, staff))).toBe('BAD_USER_INPUT');
    expect(await log(pending.id)).toEqual([]);
  });
});
