import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildCampaign, buildLikes, buildReadyPhoto, buildStory, buildUsers } from '../../testing/builders';
import { startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { Role } from '../../modules/accounts/role.enum';
import type { CampaignEntity } from '../../modules/campaigns/campaign.entity';
import type { StoryEntity } from '../../modules/stories/story.entity';
import { StoryStatus } from '../../modules/stories/story-status.enum';

/** The web app's feed query (CampaignFeed with its StoryCardFields), as the browser sends it. */
const CAMPAIGN_FEED = `query CampaignFeed($campaignId: ID!, $sort: FeedSort!, $first: Int, $after: String) {
  feed(campaignId: $campaignId, sort: $sort, first: $first, after: $after) {
    nodes { ...StoryCardFields __typename }
    pageInfo { endCursor hasNextPage __typename }
    __typename
  }
}
fragment StoryCardFields on Story {
  id title body status featured likeCount commentCount viewerHasLiked createdAt publishedAt
  author { id displayName avatarUrl __typename }
  photos { id status thumbnailUrl url width height __typename }
  campaign { id __typename }
  __typename
}`;
const LIKE = `mutation ($id: ID!) { likeStory(storyId: $id) { id likeCount viewerHasLiked } }`;
/** The web app's story page (StoryPage with its fragments), as the browser sends it. */
const STORY_PAGE = `query StoryPage($id: ID!) {
  story(id: $id) {
    id title body hashtags shareUrl posterUrl status rejectionReason featured featuredAt featureNote
    likeCount commentCount viewerHasLiked createdAt publishedAt editedAt
    ...UsageRightsFields
    products { sku name url __typename }
    author { id displayName avatarUrl __typename }
    campaign { id slug title hashtag status endsAt leaderboardFrozenAt requiresModeration __typename }
    photos { id status url thumbnailUrl width height __typename }
    comments(first: 20) { nodes { ...CommentFields __typename } pageInfo { endCursor hasNextPage __typename } __typename }
    __typename
  }
}
fragment UsageRightsFields on Story { id usageRightsGranted usageRightsGrantedAt usageScopes usageRightsHistory { at granted scopes __typename } __typename }
fragment CommentFields on Comment { id body parentId hidden deleted createdAt author { id displayName avatarUrl __typename } __typename }`;


/** What Apollo counted of an operation, by transport ('http': executed; 'shared': made from a shared page). */
async function operationsCounted(t: TestApp, name: string, transport: 'http' | 'shared'): Promise<number> {
  const text = await (await fetch(`${t.baseUrl}/metrics`)).text();
  const series = `graphql_operations_total{operation="${name}",type="query",transport="${transport}"}`;
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

/**
 * Signed-in members' feed pages are made from one execution shared for RECENT_READS_MS, with each
 * member's own likes put in (SharedAnswers). What each person gets must be exactly what executing
 * the query for them gives; the rest of the suite runs with RECENT_READS_MS=0 and executes every
 * query. (In-process behaviour: one database is enough.)
 */
describe('members’ feed pages made from a shared one', () => {
  let t: TestApp;
  let author: TestUser;
  let campaign: CampaignEntity;
  let stories: StoryEntity[];
  beforeAll(async () => {
    // The longest allowed, so a slow machine still reads within it; each test asks its own page (`first`).
    t = await startTestApp({ env: { RECENT_READS_MS: '10000' } });
    author = await t.createUser({ displayName: 'Lin' });
    campaign = await buildCampaign(t.dataSource, { createdById: author.user.id });
    stories = [];
    for (let i = 0; i < 3; i++) {
      const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id });
      await buildReadyPhoto(t.dataSource, story);
      stories.push(story);
    }
    await buildLikes(t.dataSource, stories[0], (await buildUsers(t.dataSource, 2, 'shared')).map((u) => u.id));
  });
  afterAll(() => t.close());

  const feedAs = async (viewer: TestUser | undefined, first: number) => {
    const result = await t.gql(CAMPAIGN_FEED, { campaignId: campaign.id, sort: 'NEW', first }, viewer);
    expect(result.errors).toBeUndefined();
    return result.data!.feed;
  };
  const likedIn = (feed: { nodes: { id: string; viewerHasLiked: boolean }[] }) => feed.nodes.filter((n) => n.viewerHasLiked).map((n) => n.id);

  it('executes a page once for many members, and gives each their own likes in it', async () => {
    const [fan, other, third] = [await t.createUser(), await t.createUser(), await t.createUser()];
    for (const [viewer, story] of [[fan, stories[0]], [other, stories[1]], [other, stories[2]]] as const) {
      expect((await t.gql(LIKE, { id: story.id }, viewer)).errors).toBeUndefined();
    }
    const executedBefore = await operationsCounted(t, 'CampaignFeed', 'http');
    const sharedBefore = await operationsCounted(t, 'CampaignFeed', 'shared');

    const [fans, others, thirds] = await Promise.all([feedAs(fan, 7), feedAs(other, 7), feedAs(third, 7)]);
    expect(likedIn(fans)).toEqual([stories[0].id]);
    expect(likedIn(others).sort()).toEqual([stories[1].id, stories[2].id].sort());
    expect(likedIn(thirds)).toEqual([]);
    // Everything but the likes is the same page, with the counts as they are.
    const withoutLikes = (feed: { nodes: object[] }) => ({ ...feed, nodes: feed.nodes.map((n) => ({ ...n, viewerHasLiked: null })) });
    expect(withoutLikes(others)).toEqual(withoutLikes(fans));
    expect(fans.nodes.map((n: { id: string; likeCount: number }) => [n.id, n.likeCount])).toEqual([
      [stories[2].id, 1], [stories[1].id, 1], [stories[0].id, 3],
    ]);
    expect(fans.nodes[0]).toMatchObject({ __typename: 'Story', author: { displayName: 'Lin', __typename: 'User' }, photos: [{ status: 'READY' }] });

    // One execution (as signed out) for the three; the three answers were made from it.
    expect((await operationsCounted(t, 'CampaignFeed', 'http')) - executedBefore).toBe(1);
    expect((await operationsCounted(t, 'CampaignFeed', 'shared')) - sharedBefore).toBe(3);
  });

  it('answers as executing it would: the same JSON, and a member’s page is never cacheable by others', async () => {
    const member = await t.createUser();
    await t.gql(LIKE, { id: stories[1].id }, member);
    // The same query with a field nobody declared shared is executed for the member.
    const executed = await t.gql(CAMPAIGN_FEED.replace('viewerHasLiked createdAt', 'viewerHasLiked usageRightsGranted createdAt'), { campaignId: campaign.id, sort: 'NEW', first: 8 }, member);
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}` },
      body: JSON.stringify({ query: CAMPAIGN_FEED, variables: { campaignId: campaign.id, sort: 'NEW', first: 8 } }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const shared = (await response.json()) as { data: { feed: { nodes: Record<string, unknown>[] } } };
    const nodes = executed.data!.feed.nodes.map(({ usageRightsGranted: _granted, ...rest }: Record<string, unknown>) => rest);
    expect(shared.data.feed).toEqual({ ...executed.data!.feed, nodes });
    expect(likedIn(shared.data.feed as never)).toEqual([stories[1].id]);
  });

  it('shows a member their like and its count at once after they like, though the page was shared before', async () => {
    const fan = await t.createUser();
    expect(likedIn(await feedAs(fan, 9))).toEqual([]);
    const like = await t.gql(LIKE, { id: stories[2].id }, fan);
    const count = like.data!.likeStory.likeCount;
    const after = await feedAs(fan, 9);
    expect(after.nodes.find((n: { id: string }) => n.id === stories[2].id)).toMatchObject({ viewerHasLiked: true, likeCount: count });
  });

  it('answers a persisted query (GET with only the hash) the same way, once the server has seen its text', async () => {
    const fan = await t.createUser();
    await t.gql(LIKE, { id: stories[0].id }, fan);
    const hash = createHash('sha256').update(CAMPAIGN_FEED).digest('hex');
    const get = (withText: boolean) => {
      const params = new URLSearchParams({
        operationName: 'CampaignFeed',
        variables: JSON.stringify({ campaignId: campaign.id, sort: 'NEW', first: 10 }),
        extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
        ...(withText ? { query: CAMPAIGN_FEED } : {}),
      });
      return fetch(`${t.baseUrl}/graphql?${params}`, { headers: { authorization: `Bearer ${fan.token}`, 'apollo-require-preflight': 'true' } }).then((r) => r.json() as Promise<any>);
    };
    expect((await get(true)).data.feed.nodes.map((n: { viewerHasLiked: boolean }) => n.viewerHasLiked)).toEqual([false, false, true]);
    const sharedBefore = await operationsCounted(t, 'CampaignFeed', 'shared');
    expect((await get(false)).data.feed.nodes.map((n: { viewerHasLiked: boolean }) => n.viewerHasLiked)).toEqual([false, false, true]);
    expect((await operationsCounted(t, 'CampaignFeed', 'shared')) - sharedBefore).toBe(1);
  });

  it('executes for whoever sees the page differently: the author of a story in it, a moderator, staff previewing a draft', async () => {
    // The author sees their story's photo still being processed; nobody else does. (A campaign of
    // its own: the photo is written behind the app's back, before anyone has read the story.)
    const own = await buildCampaign(t.dataSource, { createdById: author.user.id });
    const story = await buildStory(t.dataSource, { campaignId: own.id, authorId: author.user.id });
    await buildReadyPhoto(t.dataSource, story);
    const processing = await t.dataSource.query(
      `INSERT INTO photos (owner_id, story_id, position, status, declared_content_type, declared_byte_size, original_filename)
       VALUES ($1, $2, 1, 'PROCESSING', 'image/jpeg', 1000, 'late.jpg') RETURNING id`,
      [author.user.id, story.id],
    );
    const reader = await t.createUser();
    const photosIn = async (viewer: TestUser) => {
      const result = await t.gql(CAMPAIGN_FEED, { campaignId: own.id, sort: 'NEW', first: 11 }, viewer);
      expect(result.errors).toBeUndefined();
      return result.data!.feed.nodes[0].photos.map((p: { id: string }) => p.id);
    };
    expect(await photosIn(reader)).toHaveLength(1);
    expect(await photosIn(author)).toContain(processing[0].id);
    const moderator = await t.createUser({ role: Role.MODERATOR });
    expect(await photosIn(moderator)).toContain(processing[0].id);
    expect(await photosIn(reader)).toHaveLength(1);

    const draft = await buildCampaign(t.dataSource, { createdById: author.user.id, published: false });
    await buildStory(t.dataSource, { campaignId: draft.id, authorId: author.user.id });
    const staff = await t.createUser({ role: Role.BRAND_STAFF });
    const draftFeed = (viewer: TestUser) => t.gql(CAMPAIGN_FEED, { campaignId: draft.id, sort: 'NEW', first: 12 }, viewer);
    expect((await draftFeed(reader)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await draftFeed(staff)).data!.feed.nodes).toHaveLength(1);
  });

  it('makes a story page once for its readers, each with their own like and share links; executes it for its author, moderators and staff', async () => {
    const story = stories[1];
    const [fan, other, commenter] = [await t.createUser(), await t.createUser(), await t.createUser({ displayName: 'Mei' })];
    expect((await t.gql(`mutation { setUsageRights(storyId: "${story.id}", granted: true) { id } }`, {}, author)).errors).toBeUndefined();
    const comment = (body: string) => t.gql(`mutation ($id: ID!, $body: String!) { addComment(storyId: $id, body: $body) { id } }`, { id: story.id, body }, commenter);
    await comment('好看！');
    const hidden = (await comment('spam')).data!.addComment.id;
    const moderator = await t.createUser({ role: Role.MODERATOR });
    expect((await t.gql(`mutation ($id: ID!) { hideComment(commentId: $id, reason: "spam") { id } }`, { id: hidden }, moderator)).errors).toBeUndefined();
    expect((await t.gql(LIKE, { id: story.id }, fan)).errors).toBeUndefined();

    const pageAs = async (viewer: TestUser, query = STORY_PAGE) => {
      const result = await t.gql(query, { id: story.id }, viewer);
      expect(result.errors).toBeUndefined();
      return result.data!.story;
    };
    const executedBefore = await operationsCounted(t, 'StoryPage', 'http');
    const sharedBefore = await operationsCounted(t, 'StoryPage', 'shared');
    const [fans, others] = await Promise.all([pageAs(fan), pageAs(other)]);
    expect([fans.viewerHasLiked, others.viewerHasLiked]).toEqual([true, false]);
    expect(fans.shareUrl).not.toEqual(others.shareUrl);
    expect(fans.comments.nodes.map((c: { body: string }) => c.body)).toEqual(['好看！']);
    expect(fans.comments.nodes[0].author.displayName).toBe('Mei');
    expect(fans.usageRightsHistory).toBeNull();
    expect((await operationsCounted(t, 'StoryPage', 'http')) - executedBefore).toBe(1);
    expect((await operationsCounted(t, 'StoryPage', 'shared')) - sharedBefore).toBe(2);
    // Exactly what executing it for the fan gives (a directive makes it executed for them).
    expect(fans).toEqual(await pageAs(fan, STORY_PAGE.replace('title body', 'title @include(if: true) body')));

    // The author sees their consent record, a moderator the hidden comment, staff the record too.
    expect((await pageAs(author)).usageRightsHistory).toHaveLength(1);
    expect((await pageAs(moderator)).comments.nodes.map((c: { id: string }) => c.id)).toContain(hidden);
    expect((await pageAs(await t.createUser({ role: Role.BRAND_STAFF }))).usageRightsHistory).toHaveLength(1);
    expect((await operationsCounted(t, 'StoryPage', 'http')) - executedBefore).toBe(5);
  });

  it('shows a story in review to its author though it is null for everyone else', async () => {
    const pending = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id, status: StoryStatus.PENDING });
    const reader = await t.createUser();
    const page = (viewer: TestUser) => t.gql(STORY_PAGE, { id: pending.id }, viewer).then((r) => r.data!.story);
    expect(await page(reader)).toBeNull();
    expect(await page(author)).toMatchObject({ id: pending.id, status: 'PENDING' });
    expect(await page(reader)).toBeNull();
  });

  it('compresses a member’s page when their browser asks, to the same answer', async () => {
    const own = await buildCampaign(t.dataSource, { createdById: author.user.id });
    await buildStory(t.dataSource, { campaignId: own.id, authorId: author.user.id, body: '我的生活小物，一杯咖啡的早晨。'.repeat(400) });
    const member = await t.createUser();
    const raw = (encoding: string) =>
      new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
        const request = httpRequest(`${t.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}`, 'accept-encoding': encoding },
        }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
        });
        request.on('error', reject);
        request.end(JSON.stringify({ query: CAMPAIGN_FEED, variables: { campaignId: own.id, sort: 'NEW', first: 14 } }));
      });
    const plain = await raw('identity');
    expect(plain.encoding).toBeUndefined();
    const [br, gzip] = [await raw('br'), await raw('gzip')];
    expect([br.encoding, gzip.encoding]).toEqual(['br', 'gzip']);
    expect(br.body.length).toBeLessThan(plain.body.length / 5);
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(JSON.parse(plain.body.toString()));
    expect(JSON.parse(gunzipSync(gzip.body).toString())).toEqual(JSON.parse(plain.body.toString()));
  });

  it('refuses a bad token as executing would, and gives the signed-out the page without anyone’s likes', async () => {
    const bad = await t.gql(CAMPAIGN_FEED, { campaignId: campaign.id, sort: 'NEW', first: 13 }, 'not-a-token');
    expect(bad.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(likedIn(await feedAs(undefined, 13))).toEqual([]);
  });
});
