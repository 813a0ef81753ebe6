import { buildCampaign, buildLikes, buildStory, buildUsers } from '../../testing/builders';
import { startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { waitFor } from '../../testing/wait-for';
import { Role } from '../../modules/accounts/role.enum';
import { StoryStatus } from '../../modules/stories/story-status.enum';
import type { StoryEntity } from '../../modules/stories/story.entity';

const STORY = `query ($id: ID!) { story(id: $id) { id likeCount viewerHasLiked author { displayName } } }`;
const FEED = `query ($campaignId: ID!) { feed(campaignId: $campaignId, sort: NEW) { nodes { id likeCount viewerHasLiked } } }`;
const LIKE = `mutation ($id: ID!) { likeStory(storyId: $id) { id likeCount viewerHasLiked } }`;
/** A moment long enough that a slow machine still reads within it, short enough for a test to see it pass. */
const MOMENT_MS = 2000;

/**
 * Queries of one instance share rows every viewer sees alike for a moment (RecentRows); what a
 * person does is what they are shown, and what is personal is never shared. The rest of the
 * suite runs with RECENT_READS_MS=0: tests read right after writing straight to the database.
 * (In-process behaviour: one database is enough.)
 */
describe('rows shared by queries for a moment', () => {
  let t: TestApp;
  let author: TestUser;
  beforeAll(async () => {
    t = await startTestApp({ env: { RECENT_READS_MS: String(MOMENT_MS) } });
    author = await t.createUser({ displayName: 'Lin' });
  });
  afterAll(() => t.close());

  const storyWithLikes = async (likes: number): Promise<StoryEntity> => {
    const campaign = await buildCampaign(t.dataSource, { createdById: author.user.id });
    const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id });
    await buildLikes(t.dataSource, story, (await buildUsers(t.dataSource, likes, `recent-${story.id.slice(0, 8)}`)).map((u) => u.id));
    return story;
  };
  /** Likes written straight to the database: as another instance would, telling this one nothing. */
  const likedElsewhere = async (story: StoryEntity, likes: number) =>
    buildLikes(t.dataSource, story, (await buildUsers(t.dataSource, likes, `elsewhere-${Date.now()}`)).map((u) => u.id));
  const storyAs = async (story: StoryEntity, viewer?: TestUser) => (await t.gql(STORY, { id: story.id }, viewer)).data!.story;

  it('shares a count read a moment ago, and shows a change made elsewhere once the moment has passed', async () => {
    const story = await storyWithLikes(2);
    const reader = await t.createUser();
    expect((await storyAs(story, reader)).likeCount).toBe(2);
    await likedElsewhere(story, 3);
    const readAt = Date.now();
    const shared = await storyAs(story, await t.createUser());
    // Another reader within the moment gets the row this instance just read: no query of theirs.
    if (Date.now() - readAt < MOMENT_MS / 2) expect(shared.likeCount).toBe(2);
    await waitFor(async () => (await storyAs(story, reader)).likeCount === 5, { timeout: MOMENT_MS * 5, what: 'the like made elsewhere' });
  });

  it('answers a mutation from the database, and shows its change to the next query at once', async () => {
    const story = await storyWithLikes(4);
    const fan = await t.createUser();
    expect(await storyAs(story, fan)).toMatchObject({ likeCount: 4, viewerHasLiked: false });
    await likedElsewhere(story, 1);
    const like = await t.gql(LIKE, { id: story.id }, fan);
    expect(like.data!.likeStory).toMatchObject({ likeCount: 6, viewerHasLiked: true });
    // The like was made here: the shared count is forgotten, not served for the rest of the moment.
    expect(await storyAs(story, fan)).toMatchObject({ likeCount: 6, viewerHasLiked: true });
    const feed = (await t.gql(FEED, { campaignId: story.campaignId }, fan)).data!.feed.nodes;
    expect(feed).toEqual([{ id: story.id, likeCount: 6, viewerHasLiked: true }]);
  });

  it('never shares what is personal: each viewer’s own like, and a story only its author may see', async () => {
    const story = await storyWithLikes(0);
    const fan = await t.createUser();
    const other = await t.createUser();
    await t.gql(LIKE, { id: story.id }, fan);
    const [fans, others] = await Promise.all([storyAs(story, fan), storyAs(story, other)]);
    expect(fans).toMatchObject({ likeCount: 1, viewerHasLiked: true });
    expect(others).toMatchObject({ likeCount: 1, viewerHasLiked: false });

    const pending = await buildStory(t.dataSource, { campaignId: story.campaignId, authorId: author.user.id, status: StoryStatus.PENDING });
    expect(await storyAs(pending, author)).toMatchObject({ id: pending.id });
    // The row the author's query just read is shared; the visibility rule is still the reader's own.
    expect(await storyAs(pending, other)).toBeNull();
    expect(await storyAs(pending)).toBeNull();
  });

  it('shares a story’s comments, shows one added or hidden here at once, and never shares a moderator’s view', async () => {
    const COMMENTS = `query ($id: ID!) { story(id: $id) { comments(first: 20) { nodes { body hidden } } } }`;
    const commentsAs = async (story: StoryEntity, viewer: TestUser) => (await t.gql(COMMENTS, { id: story.id }, viewer)).data!.story.comments.nodes;
    const story = await storyWithLikes(0);
    const reader = await t.createUser();
    const moderator = await t.createUser({ role: Role.MODERATOR });
    expect(await commentsAs(story, reader)).toEqual([]);
    const added = await t.gql(`mutation ($id: ID!) { addComment(storyId: $id, body: "So lovely") { id } }`, { id: story.id }, await t.createUser());
    expect(added.errors).toBeUndefined();
    expect(await commentsAs(story, reader)).toEqual([{ body: 'So lovely', hidden: false }]);

    const hidden = await t.gql(`mutation ($id: ID!) { hideComment(commentId: $id, reason: "spam") { id } }`, { id: added.data!.addComment.id }, moderator);
    expect(hidden.errors).toBeUndefined();
    expect(await commentsAs(story, moderator)).toEqual([{ body: 'So lovely', hidden: true }]);
    expect(await commentsAs(story, reader)).toEqual([]);
  });

  it('drops a story from the feeds at once when it is deleted here', async () => {
    const story = await storyWithLikes(1);
    const reader = await t.createUser();
    expect((await t.gql(FEED, { campaignId: story.campaignId }, reader)).data!.feed.nodes).toHaveLength(1);
    const deleted = await t.gql(`mutation ($id: ID!) { deleteStory(id: $id) }`, { id: story.id }, author);
    expect(deleted.errors).toBeUndefined();
    expect((await t.gql(FEED, { campaignId: story.campaignId }, reader)).data!.feed.nodes).toEqual([]);
    expect(await storyAs(story, reader)).toBeNull();
  });
});
