import { buildCampaign, buildLikes, buildStory, buildUsers } from '../../testing/builders';
import { jobsIdle, uploadPhoto } from '../../testing/photo-uploads';
import { png } from '../../testing/test-images';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { PhotosService } from '../photos/photos.service';
import { StoryStatus } from '../stories/story-status.enum';
import { Role } from './role.enum';

const PROFILE = `query ($id: ID!, $first: Int, $after: String) { user(id: $id) {
  id displayName bio avatarUrl email approvedStoryCount likesReceived
  stories(first: $first, after: $after) { nodes { id title } pageInfo { hasNextPage endCursor } } } }`;
const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName bio avatarUrl } }`;

describe.each(DATABASES)('public profiles on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
    staff = await t.createUser({ role: Role.BRAND_STAFF });
  });
  afterAll(() => t.close());

  it('shows a user with their public stories only, newest first, paged, and their numbers', async () => {
    const author = await t.createUser({ displayName: '小林' });
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id });
    const draft = await buildCampaign(t.dataSource, { createdById: staff.user.id, published: false });
    const older = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id, publishedAt: new Date(Date.now() - 60_000) });
    const newer = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id });
    for (const status of [StoryStatus.PENDING, StoryStatus.REJECTED, StoryStatus.REMOVED]) {
      await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id, status });
    }
    await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id, deletedAt: new Date() });
    await buildStory(t.dataSource, { campaignId: draft.id, authorId: author.user.id });
    await buildLikes(t.dataSource, newer, (await buildUsers(t.dataSource, 3)).map((u) => u.id));

    const first = await t.gql(PROFILE, { id: author.user.id, first: 1 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.user).toMatchObject({ displayName: '小林', bio: null, email: null, likesReceived: 3 });
    expect(first.data?.user.stories.nodes.map((s: { id: string }) => s.id)).toEqual([newer.id]);
    const second = await t.gql(PROFILE, { id: author.user.id, first: 1, after: first.data?.user.stories.pageInfo.endCursor });
    expect(second.data?.user.stories.nodes.map((s: { id: string }) => s.id)).toEqual([older.id]);
    expect(second.data?.user.stories.pageInfo.hasNextPage).toBe(false);
    // The same rule for the author themself: their profile is what everyone sees.
    const own = await t.gql(PROFILE, { id: author.user.id }, author);
    expect(own.data?.user.stories.nodes).toHaveLength(2);
  });

  it('is null for an account that does not exist, and BAD_USER_INPUT for a malformed id', async () => {
    expect((await t.gql(PROFILE, { id: '00000000-0000-4000-8000-000000000000' })).data?.user).toBeNull();
    expect(codeOf(await t.gql(PROFILE, { id: 'nope' }))).toBe('BAD_USER_INPUT');
  });

  it('lets a user set a bio and an avatar through the photo flow, kept by upload cleanup', async () => {
    const user = await t.createUser();
    const photoId = await uploadPhoto(t, user, await png(800, 800));
    const updated = await t.gql(UPDATE, { input: { bio: '  喜欢拍阳台的花  ', avatarPhotoId: photoId } }, user);
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateProfile.bio).toBe('喜欢拍阳台的花');
    await jobsIdle(t);
    const profile = await t.gql(PROFILE, { id: user.user.id });
    expect(profile.data?.user.avatarUrl).toMatch(/^\/media\/photos\/.+/);
    // A day later the avatar is still there: it belongs to no story, but a user points at it.
    await t.app.get(PhotosService).deleteUnattachedUploads(new Date(Date.now() + 2 * 86_400_000));
    expect((await t.gql(PROFILE, { id: user.user.id })).data?.user.avatarUrl).toBe(profile.data?.user.avatarUrl);

    const cleared = await t.gql(UPDATE, { input: { bio: '' } }, user);
    expect(cleared.data?.updateProfile.bio).toBeNull();
    expect(codeOf(await t.gql(UPDATE, { input: { bio: '长'.repeat(161) } }, user))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(UPDATE, { input: { avatarPhotoId: photoId } }, user))).toBe('BAD_USER_INPUT'); // already used
    const stranger = await t.createUser();
    const theirs = await uploadPhoto(t, stranger, await png());
    expect(codeOf(await t.gql(UPDATE, { input: { avatarPhotoId: theirs } }, user))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(UPDATE, { input: { bio: 'hi' } }))).toBe('UNAUTHENTICATED');
  });
});
