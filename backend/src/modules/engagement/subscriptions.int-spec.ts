import { PubSubEngine } from 'graphql-subscriptions';
import { Client, createClient, FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { buildCampaign, buildStory, buildUsers } from '../../testing/builders';
import { TokenService } from '../../core/auth/token.service';
import { Topics } from '../../core/pubsub/topics';
import { SubscriberWatch, watchSubscribers } from '../../testing/pubsub-events';
import { DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { waitFor } from '../../testing/wait-for';
import { Role } from '../accounts/role.enum';
import { StoryStatus } from '../stories/story-status.enum';
import type { StoryEntity } from '../stories/story.entity';

type Result = FormattedExecutionResult<Record<string, any>, unknown>;

/** One subscription's results as they arrive, to be awaited one by one. */
class Subscription {
  readonly results: { at: number; result: Result }[] = [];
  ended: unknown = undefined;
  private taken = 0;
  private wake?: () => void;
  dispose: () => void = () => undefined;

  push(result: Result) {
    this.results.push({ at: Date.now(), result });
    this.wake?.();
  }

  end(reason: unknown) {
    this.ended = reason ?? 'complete';
    this.wake?.();
  }

  /** The next result, or a failure after `timeoutMs`. */
  async next(timeoutMs = 3000): Promise<Result> {
    const deadline = Date.now() + timeoutMs;
    while (this.taken >= this.results.length) {
      if (this.ended !== undefined) throw new Error(`the subscription ended: ${String(this.ended)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('no event arrived in time');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return this.results[this.taken++].result;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** How long a subscriber must stay silent before "it heard nothing" is believed. */
const QUIET_MS = 500;

describe.each(DATABASES)('subscriptions over graphql-ws on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;
  let moderator: TestUser;
  let campaignId: string;
  let subscribers: SubscriberWatch;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
    subscribers = watchSubscribers(t);
    staff = await t.createUser({ role: Role.BRAND_STAFF });
    moderator = await t.createUser({ role: Role.MODERATOR });
    campaignId = (await buildCampaign(t.dataSource, { createdById: staff.user.id })).id;
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await t.close();
  });

  const connect = (as?: TestUser | string) => {
    const token = typeof as === 'string' ? as : as?.token;
    const client = createClient({
      url: `${t.baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
    });
    clients.push(client);
    return client;
  };
  /**
   * Subscribes; with `topic`, returns once the server listens on it for this subscription (one
   * more subscriber than before), so that whatever the test does next is heard.
   */
  const subscribe = async (client: Client, query: string, variables: Record<string, unknown>, topic?: string) => {
    const before = topic ? subscribers.count(topic) : 0;
    const subscription = new Subscription();
    subscription.dispose = client.subscribe<Record<string, any>>(
      { query, variables },
      { next: (result) => subscription.push(result), error: (error) => subscription.end(error), complete: () => subscription.end('complete') },
    );
    if (topic) await subscribers.until(topic, before + 1);
    return subscription;
  };
  const newStory = async (overrides: Partial<StoryEntity> = {}) =>
    buildStory(t.dataSource, { campaignId, authorId: (await t.createUser()).user.id, ...overrides });

  const STORY_UPDATED = `subscription ($id: ID!) { storyUpdated(storyId: $id) { id likeCount commentCount viewerHasLiked featured } }`;

  it('storyUpdated: likes, comments and featuring reach a watcher within a second, with fresh counts', async () => {
    const story = await newStory();
    const watcher = await t.createUser();
    const updates = await subscribe(connect(watcher), STORY_UPDATED, { id: story.id }, Topics.storyUpdated(story.id));
    const fan = await t.createUser();

    await t.gql(`mutation ($id: ID!) { likeStory(storyId: $id) { id } }`, { id: story.id }, fan);
    // Counted from the like's answer: the second is the live path's (publish, filter, reload,
    // send), not the like request's own time, which a loaded machine stretches on its own.
    const likedAt = Date.now();
    expect((await updates.next()).data!.storyUpdated).toEqual({ id: story.id, likeCount: 1, commentCount: 0, viewerHasLiked: false, featured: false });
    expect(updates.results[0].at - likedAt).toBeLessThan(1000);

    await t.gql(`mutation ($id: ID!) { addComment(storyId: $id, body: "lovely") { id } }`, { id: story.id }, fan);
    expect((await updates.next()).data!.storyUpdated).toMatchObject({ likeCount: 1, commentCount: 1 });

    await t.gql(`mutation ($id: ID!) { likeStory(storyId: $id) { id } }`, { id: story.id }, watcher);
    expect((await updates.next()).data!.storyUpdated).toMatchObject({ likeCount: 2, viewerHasLiked: true });

    await t.gql(`mutation ($id: ID!) { featureStory(storyId: $id) { id } }`, { id: story.id }, staff);
    expect((await updates.next()).data!.storyUpdated).toMatchObject({ featured: true });
    updates.dispose();
  });

  it('storyUpdated: refuses a story the subscriber cannot see, and stops sending one that leaves their view', async () => {
    const pending = await newStory({ status: StoryStatus.PENDING });
    const customer = await t.createUser();
    const refused = await subscribe(connect(customer), STORY_UPDATED, { id: pending.id });
    expect((await refused.next()).errors![0].extensions!.code).toBe('NOT_FOUND');

    const story = await newStory({ featuredAt: new Date() });
    const updates = await subscribe(connect(customer), STORY_UPDATED, { id: story.id }, Topics.storyUpdated(story.id));
    const moderatorUpdates = await subscribe(connect(moderator), STORY_UPDATED, { id: story.id }, Topics.storyUpdated(story.id));
    // Removed (by a moderator, elsewhere), then changed again: only those who may still see it hear of it.
    await t.dataSource.query(`UPDATE stories SET status = 'REMOVED' WHERE id = $1`, [story.id]);
    await t.gql(`mutation ($id: ID!) { unfeatureStory(storyId: $id) { id } }`, { id: story.id }, await t.createUser({ role: Role.ADMIN }));
    expect((await moderatorUpdates.next()).data!.storyUpdated.featured).toBe(false);
    // Nothing to wait for when nothing should come: the customer's copy of the same event has
    // been through the same filter by now or very soon, and must have been dropped there.
    await sleep(QUIET_MS);
    expect(updates.results).toEqual([]);
  });

  it('commentAdded: new comments arrive with their author', async () => {
    const story = await newStory();
    const comments = await subscribe(
      connect(),
      `subscription ($id: ID!) { commentAdded(storyId: $id) { body parentId author { id } story { id } } }`,
      { id: story.id },
      Topics.commentAdded(story.id),
    );
    const fan = await t.createUser();
    await t.gql(`mutation ($id: ID!) { addComment(storyId: $id, body: "first!") { id } }`, { id: story.id }, fan);
    expect((await comments.next()).data!.commentAdded).toEqual({ body: 'first!', parentId: null, author: { id: fan.user.id }, story: { id: story.id } });
  });

  it('commentAdded: a subscriber that reconnects with the last comment it saw gets the 20 it missed, in order, once, then live ones', async () => {
    const story = await newStory();
    const COMMENTS = `subscription ($id: ID!, $after: ID) { commentAdded(storyId: $id, after: $after) { id body } }`;
    // One commenter each: a single person writing 23 comments in a row would meet the rate limit.
    const fans = await Promise.all(Array.from({ length: 23 }, () => t.createUser()));
    const add = async (body: string) =>
      (await t.gql(`mutation ($id: ID!, $body: String!) { addComment(storyId: $id, body: $body) { id } }`, { id: story.id, body }, fans.pop())).data!.addComment.id as string;

    const first = await subscribe(connect(), COMMENTS, { id: story.id }, Topics.commentAdded(story.id));
    const seen = await add('before the blip');
    expect((await first.next()).data!.commentAdded.id).toBe(seen);
    first.dispose();
    await waitFor(() => subscribers.count(Topics.commentAdded(story.id)) === 0, { what: 'the first subscription to end' });

    const missed: string[] = [];
    for (let i = 1; i <= 20; i++) missed.push(await add(`missed ${i}`));
    // One of them hidden meanwhile: a resumed subscriber may not see it either.
    await t.dataSource.query(`UPDATE comments SET hidden_at = now() WHERE id = $1`, [missed[4]]);

    const resumed = await subscribe(connect(), COMMENTS, { id: story.id, after: seen }, Topics.commentAdded(story.id));
    const replayed: string[] = [];
    for (let i = 0; i < 19; i++) replayed.push((await resumed.next()).data!.commentAdded.id);
    expect(replayed).toEqual(missed.filter((_, i) => i !== 4));
    const live = await add('after the blip');
    expect((await resumed.next()).data!.commentAdded).toEqual({ id: live, body: 'after the blip' });
    // Nothing twice: what comes after it is the next comment, not a repeat of one replayed.
    const next = await add('and the next');
    expect((await resumed.next()).data!.commentAdded.id).toBe(next);
    expect(resumed.results).toHaveLength(21);
    resumed.dispose();
  });

  it('storySubmitted: MODERATOR and ADMIN only, optionally for one campaign', async () => {
    const refused = await subscribe(connect(await t.createUser()), `subscription { storySubmitted { id } }`, {});
    expect((await refused.next()).errors![0].extensions!.code).toBe('FORBIDDEN');
    const anonymous = await subscribe(connect(), `subscription { storySubmitted { id } }`, {});
    expect((await anonymous.next()).errors![0].extensions!.code).toBe('UNAUTHENTICATED');

    const other = await buildCampaign(t.dataSource, { createdById: staff.user.id });
    const everything = await subscribe(connect(moderator), `subscription { storySubmitted { id status title } }`, {}, Topics.storySubmitted);
    const thisCampaign = await subscribe(connect(moderator), `subscription ($c: ID) { storySubmitted(campaignId: $c) { id } }`, { c: other.id }, Topics.storySubmitted);
    const author = await t.createUser();
    const submit = `mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { id status } }`;
    const submitted = await t.gql(submit, { input: { campaignId, title: 'Mine', body: 'My little thing', photoIds: [], grantUsageRights: false } }, author);
    expect(submitted.data!.submitStory.status).toBe('PENDING');
    expect((await everything.next()).data!.storySubmitted).toEqual({ id: submitted.data!.submitStory.id, status: 'PENDING', title: 'Mine' });
    const inOther = await t.gql(submit, { input: { campaignId: other.id, title: 'There', body: 'Elsewhere', photoIds: [], grantUsageRights: false } }, author);
    expect((await thisCampaign.next()).data!.storySubmitted.id).toBe(inOther.data!.submitStory.id);
    expect(thisCampaign.results).toHaveLength(1);
  });

  it('leaderboardChanged: the top stories, at most once a second, the last change always included', async () => {
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id });
    const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: staff.user.id });
    // When the server publishes, taken at the source: delivery to the client adds its own jitter.
    const topic = Topics.leaderboardChanged(campaign.id);
    const publishedAt: number[] = [];
    const pubsub = t.app.get(PubSubEngine);
    const atSource = await pubsub.subscribe(topic, () => void publishedAt.push(Date.now()), {});
    const changes = await subscribe(
      connect(),
      `subscription ($id: ID!) { leaderboardChanged(campaignId: $id) { rank likeCount story { id } } }`,
      { id: campaign.id },
      topic,
    );
    const tokens = t.app.get(TokenService);
    const fans = (await buildUsers(t.dataSource, 12)).map((u) => tokens.issue(u.id).token);
    const like = (token: string) => t.gql(`mutation ($id: ID!) { likeStory(storyId: $id) { id } }`, { id: story.id }, token);

    const startedAt = Date.now();
    await like(fans[0]);
    expect((await changes.next()).data!.leaderboardChanged).toEqual([{ rank: 1, likeCount: 1, story: { id: story.id } }]);
    expect(changes.results[0].at - startedAt).toBeLessThan(1000);
    for (const fan of fans.slice(1)) {
      await like(fan);
      await sleep(100); // the likes come faster than one a second: the throttle has to hold some back
    }
    const boardOf = (r: { result: Result }) => r.result.data?.leaderboardChanged as { likeCount: number }[] | undefined;
    await waitFor(() => changes.results.some((r) => boardOf(r)?.[0].likeCount === 12), { timeout: 5000, what: 'a board with all 12 likes' });
    pubsub.unsubscribe(atSource);
    // A timer can fire a millisecond early by the wall clock.
    for (let i = 1; i < publishedAt.length; i++) expect(publishedAt[i] - publishedAt[i - 1]).toBeGreaterThanOrEqual(990);
    expect(publishedAt.length).toBeLessThan(fans.length);
    expect(boardOf(changes.results[changes.results.length - 1])![0].likeCount).toBe(12);
  });

  it('refuses a connection with a bad token (close code 4401)', async () => {
    const closed = new Promise<number>((resolve) => {
      const client = createClient({
        url: t.baseUrl.replace('http', 'ws') + '/graphql',
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: 'Bearer not-a-token' },
        on: { closed: (event) => resolve((event as { code: number }).code) },
      });
      client.subscribe({ query: '{ __typename }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    });
    expect(await closed).toBe(4401);
  });
});
