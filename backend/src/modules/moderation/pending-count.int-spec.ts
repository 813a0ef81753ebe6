import { Topics } from '../../core/pubsub/topics';
import { buildCampaign, buildStory } from '../../testing/builders';
import { watchSubscribers } from '../../testing/pubsub-events';
import { openSocket, refusalCode } from '../../testing/socket-client';
import { startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { waitFor } from '../../testing/wait-for';
import { Role } from '../accounts/role.enum';
import { StoryStatus } from '../stories/story-status.enum';

const LIVE_COUNT = `subscription { pendingStoryCountChanged }`;
const SUBMIT = `mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { id status } }`;
const DECIDE = `mutation ($id: ID!) { moderateStory(storyId: $id, decision: APPROVE) { id status } }`;

describe('pendingStoryCountChanged (the moderators\' live badge)', () => {
  let t: TestApp;
  let moderator: TestUser;
  let other: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    moderator = await t.createUser({ role: Role.MODERATOR });
    other = await t.createUser({ role: Role.MODERATOR });
  });
  afterAll(() => t.close());

  it('follows the queue: up when a story is submitted for review, down when another moderator decides', async () => {
    const staff = await t.createUser({ role: Role.BRAND_STAFF });
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id, requiresModeration: true });
    const watch = watchSubscribers(t);
    const socket = openSocket(t, moderator);
    try {
      const live = socket.subscribe(LIVE_COUNT);
      await watch.until(Topics.moderationQueueChanged);
      const before = (await t.gql(`{ pendingStoryCount }`, {}, moderator)).data!.pendingStoryCount as number;
      const latest = () => live.results[live.results.length - 1]?.data?.pendingStoryCountChanged;

      const author = await t.createUser();
      const submitted = await t.gql(SUBMIT, { input: { campaignId: campaign.id, title: 'Mine', body: 'My little thing', photoIds: [], grantUsageRights: false } }, author);
      expect(submitted.data!.submitStory.status).toBe('PENDING');
      await waitFor(() => latest() === before + 1, { timeout: 3000, what: 'the count one up' });

      await t.gql(DECIDE, { id: submitted.data!.submitStory.id }, other);
      await waitFor(() => latest() === before, { timeout: 3000, what: 'the count back down after the other moderator decided' });
    } finally {
      await socket.dispose();
    }
  });

  it('is for moderators only (FORBIDDEN)', async () => {
    const socket = openSocket(t, await t.createUser());
    try {
      const live = socket.subscribe(LIVE_COUNT);
      await waitFor(() => refusalCode(live), { timeout: 5000, what: 'the refusal' });
      expect(refusalCode(live)).toBe('FORBIDDEN');
    } finally {
      await socket.dispose();
    }
  });

  it('counts afresh on every change: a decision on a story already waiting lowers it', async () => {
    const staff = await t.createUser({ role: Role.BRAND_STAFF });
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id, requiresModeration: true });
    const pending = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: staff.user.id, status: StoryStatus.PENDING });
    const watch = watchSubscribers(t);
    const socket = openSocket(t, moderator);
    try {
      const live = socket.subscribe(LIVE_COUNT);
      await watch.until(Topics.moderationQueueChanged);
      const before = (await t.gql(`{ pendingStoryCount }`, {}, moderator)).data!.pendingStoryCount as number;
      await t.gql(DECIDE, { id: pending.id }, other);
      await waitFor(() => live.results.some((r) => r.data?.pendingStoryCountChanged === before - 1), { timeout: 3000, what: 'one fewer' });
    } finally {
      await socket.dispose();
    }
  });
});
