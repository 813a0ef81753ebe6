import { PubSubEngine } from 'graphql-subscriptions';
import { TokenService } from '../../core/auth/token.service';
import { Topics } from '../../core/pubsub/topics';
import { buildCampaign, buildStory, buildUsers } from '../../testing/builders';
import { watchSubscribers } from '../../testing/pubsub-events';
import { openSocket, refusalCode, TestSocket } from '../../testing/socket-client';
import { DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { twoInstances, withPostgresAndRedis } from '../../testing/two-instances';
import { waitFor } from '../../testing/wait-for';
import { Role } from '../accounts/role.enum';
import { StoryStatus } from '../stories/story-status.enum';
import { CampaignUpdates } from './campaign-updates';

const CAMPAIGN_UPDATED = `subscription ($id: ID!) { campaignUpdated(campaignId: $id) { campaignId stories { storyId likeCount commentCount } } }`;
const LIKE = `mutation ($id: ID!) { likeStory(storyId: $id) { id } }`;
const COMMENT = `mutation ($storyId: ID!, $body: String!) { addComment(storyId: $storyId, body: $body) { id } }`;

type Counts = { storyId: string; likeCount: number; commentCount: number };
const storiesOf = (result: { data?: Record<string, any> | null }) => (result.data?.campaignUpdated?.stories ?? []) as Counts[];
/** The latest counts each story was announced with, over every event so far. */
const latest = (results: { data?: Record<string, any> | null }[]) => new Map(results.flatMap(storiesOf).map((s) => [s.storyId, s]));

describe.each(DATABASES)('campaignUpdated (live feed cards) on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;
  let sockets: TestSocket[] = [];
  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
    staff = await t.createUser({ role: Role.BRAND_STAFF });
  });
  afterEach(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    sockets = [];
  });
  afterAll(() => t.close());

  const socket = (as?: TestUser) => {
    const opened = openSocket(t, as);
    sockets.push(opened);
    return opened;
  };
  const fans = async (n: number) => {
    const tokens = t.app.get(TokenService);
    return (await buildUsers(t.dataSource, n)).map((u) => tokens.issue(u.id).token);
  };

  it('one subscription for the whole feed: the changed stories with their exact counts, at most once a second, the last state always sent', async () => {
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id });
    const [a, b] = [await buildStory(t.dataSource, { campaignId: campaign.id, authorId: staff.user.id }), await buildStory(t.dataSource, { campaignId: campaign.id, authorId: staff.user.id })];
    const elsewhere = await buildStory(t.dataSource, { campaignId: (await buildCampaign(t.dataSource, { createdById: staff.user.id })).id, authorId: staff.user.id });
    const topic = Topics.campaignUpdated(campaign.id);
    const watch = watchSubscribers(t);
    const publishedAt: number[] = [];
    const pubsub = t.app.get(PubSubEngine);
    const atSource = await pubsub.subscribe(topic, () => void publishedAt.push(Date.now()), {});
    const live = socket().subscribe(CAMPAIGN_UPDATED, { id: campaign.id });
    await watch.until(topic, 2);

    const crowd = await fans(8);
    const startedAt = Date.now();
    await t.gql(LIKE, { id: a.id }, crowd[0]);
    await waitFor(() => live.results.length >= 1, { timeout: 3000, what: 'the first update' });
    expect(Date.now() - startedAt).toBeLessThan(1500);
    expect(storiesOf(live.results[0])).toEqual([{ storyId: a.id, likeCount: 1, commentCount: 0 }]);

    for (const token of crowd.slice(1)) await t.gql(LIKE, { id: b.id }, token);
    await t.gql(LIKE, { id: elsewhere.id }, crowd[0]);
    const commenter = await t.createUser();
    await t.gql(COMMENT, { storyId: a.id, body: "Lovely" }, commenter);
    await waitFor(() => latest(live.results).get(b.id)?.likeCount === 7 && latest(live.results).get(a.id)?.commentCount === 1, {
      timeout: 5000,
      what: 'the last counts of both stories',
    });
    pubsub.unsubscribe(atSource);
    expect(latest(live.results).has(elsewhere.id)).toBe(false);
    // Batched: fewer events than changes, a second apart at the source (a timer may fire a millisecond early).
    expect(publishedAt.length).toBeLessThan(9);
    for (let i = 1; i < publishedAt.length; i++) expect(publishedAt[i] - publishedAt[i - 1]).toBeGreaterThanOrEqual(990);
  });

  it('never mentions a story the subscriber may not see', async () => {
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id });
    const shown = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: staff.user.id });
    const removed = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: staff.user.id });
    const topic = Topics.campaignUpdated(campaign.id);
    const watch = watchSubscribers(t);
    const live = socket().subscribe(CAMPAIGN_UPDATED, { id: campaign.id });
    await watch.until(topic);
    const [fan] = await fans(1);
    await t.dataSource.query(`UPDATE stories SET status = $2 WHERE id = $1`, [removed.id, StoryStatus.REMOVED]);
    // As if a like had landed just before the removal: its update is filtered for each subscriber.
    t.app.get(CampaignUpdates).storyChanged(campaign.id, removed.id);
    await t.gql(LIKE, { id: shown.id }, fan);
    await waitFor(() => latest(live.results).get(shown.id)?.likeCount === 1, { timeout: 5000, what: 'the visible story' });
    expect(latest(live.results).has(removed.id)).toBe(false);
  });

  it("refuses a campaign the viewer may not see with NOT_FOUND", async () => {
    const draft = await buildCampaign(t.dataSource, { createdById: staff.user.id, published: false });
    const live = socket().subscribe(CAMPAIGN_UPDATED, { id: draft.id });
    await waitFor(() => refusalCode(live), { timeout: 5000, what: 'the refusal' });
    expect(refusalCode(live)).toBe('NOT_FOUND');
  });
});

withPostgresAndRedis('campaignUpdated across instances', () => {
  const pair = twoInstances('campupd');

  it('a like on one instance reaches a feed open on the other within a second or so', async () => {
    const { a, b } = pair;
    const staff = await a.createUser({ role: Role.BRAND_STAFF });
    const campaign = await buildCampaign(a.dataSource, { createdById: staff.user.id });
    const story = await buildStory(a.dataSource, { campaignId: campaign.id, authorId: staff.user.id });
    const watch = watchSubscribers(b);
    const socket = openSocket(b);
    try {
      const live = socket.subscribe(CAMPAIGN_UPDATED, { id: campaign.id });
      await watch.until(Topics.campaignUpdated(campaign.id));
      const fan = await a.createUser();
      await a.gql(LIKE, { id: story.id }, fan);
      await waitFor(() => latest(live.results).get(story.id)?.likeCount === 1, { timeout: 3000, what: 'the like, heard on the other instance' });
    } finally {
      await socket.dispose();
    }
  });
});
