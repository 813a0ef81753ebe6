import { createHash } from 'node:crypto';
import { buildCampaign, buildLikes, buildStory, buildUsers } from '../../testing/builders';
import { startTestApp, TestApp } from '../../testing/test-app';

const STORY = `query StoryLikes($id: ID!) { story(id: $id) { id likeCount viewerHasLiked } }`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The signed-out crowd shares answers for a few seconds, CDNs included; signed-in people never do. */
describe('the public response cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RESPONSE_CACHE_SECONDS: '5' } });
  });
  afterAll(() => t.close());

  const post = (query: string, variables: Record<string, unknown>, token?: string) =>
    fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  const likesIn = async (response: Response) => ((await response.json()) as { data: { story: { likeCount: number } } }).data.story.likeCount;

  const storyWithLikes = async (likes: number) => {
    const author = await t.createUser();
    const campaign = await buildCampaign(t.dataSource, { createdById: author.user.id });
    const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id });
    await buildLikes(t.dataSource, story, (await buildUsers(t.dataSource, likes, `cache-${Date.now()}`)).map((u) => u.id));
    return story;
  };

  it('answers the signed out from cache, public for max-age seconds, and the signed in fresh and private', async () => {
    const story = await storyWithLikes(2);
    const first = await post(STORY, { id: story.id });
    expect(first.headers.get('cache-control')).toBe('max-age=5, public');
    expect(await likesIn(first)).toBe(2);

    await buildLikes(t.dataSource, story, (await buildUsers(t.dataSource, 3, `cache-more-${Date.now()}`)).map((u) => u.id));
    const cached = await post(STORY, { id: story.id });
    expect(await likesIn(cached)).toBe(2);
    expect(cached.headers.get('age')).not.toBeNull();

    const fan = await t.createUser();
    const signedIn = await post(STORY, { id: story.id }, fan.token);
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
    expect(await likesIn(signedIn)).toBe(5);
  });

  it('gives the signed out the same bytes while they last, and refuses a GET without the preflight header as before', async () => {
    const story = await storyWithLikes(1);
    const first = await (await post(STORY, { id: story.id })).text();
    await buildLikes(t.dataSource, story, (await buildUsers(t.dataSource, 2, `cache-bytes-${Date.now()}`)).map((u) => u.id));
    expect(await (await post(STORY, { id: story.id })).text()).toBe(first);
    const search = `?${new URLSearchParams({ query: STORY, variables: JSON.stringify({ id: story.id }) })}`;
    const preflighted = await fetch(`${t.baseUrl}/graphql${search}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expect(await likesIn(preflighted)).toBe(1); // the same query and variables: the same shared answer
    // Kept for the preflighted GET, but a plain GET (what a cross-site page can send) is still refused.
    expect((await fetch(`${t.baseUrl}/graphql${search}`)).status).toBe(400);
  });

  it('serves persisted queries over GET for CDNs, and never caches mutations', async () => {
    const story = await storyWithLikes(1);
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(STORY) } });
    const get = () =>
      fetch(`${t.baseUrl}/graphql?${new URLSearchParams({ operationName: 'StoryLikes', variables: JSON.stringify({ id: story.id }), extensions })}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
    // Unknown hash: the client sends the query once, then the hash alone is enough.
    expect(JSON.stringify(await (await get()).json())).toContain('PERSISTED_QUERY_NOT_FOUND');
    await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: STORY, variables: { id: story.id }, extensions: JSON.parse(extensions) }),
    });
    const byHash = await get();
    expect(byHash.status).toBe(200);
    expect(byHash.headers.get('cache-control')).toBe('max-age=5, public');
    expect(await likesIn(byHash)).toBe(1);

    const fan = await t.createUser();
    const like = await post(`mutation ($id: ID!) { likeStory(storyId: $id) { id likeCount } }`, { id: story.id }, fan.token);
    expect(like.headers.get('cache-control')).toBe('private, no-store');
  });
});
