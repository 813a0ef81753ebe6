import { Topics } from '../../core/pubsub/topics';
import { buildCampaign, buildStory } from '../../testing/builders';
import { eventsDuring } from '../../testing/pubsub-events';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { Role } from '../accounts/role.enum';
import { UserEntity } from '../accounts/user.entity';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { StoryStatus } from './story-status.enum';
import { StoryEntity } from './story.entity';

const HOUR = 3600_000;
const STORY_FIELDS = `id title body status rejectionReason usageRightsGranted usageRightsGrantedAt publishedAt createdAt
  campaign { id slug storyCount } author { id displayName } photos { id }`;
const SUBMIT = `mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { ${STORY_FIELDS} } }`;
const STORY = `query ($id: ID!) { story(id: $id) { id status rejectionReason } }`;
const MY_STORIES = `query ($first: Int, $after: String) { myStories(first: $first, after: $after) {
  nodes { id status rejectionReason } pageInfo { endCursor hasNextPage } } }`;
const DELETE = `mutation ($id: ID!) { deleteStory(id: $id) }`;
const USAGE_RIGHTS = `mutation ($id: ID!, $granted: Boolean!) { setUsageRights(storyId: $id, granted: $granted) {
  usageRightsGranted usageRightsGrantedAt usageRightsHistory { granted at } } }`;
const CAMPAIGN_COUNTS = `query ($id: ID) { campaign(id: $id) { storyCount participantCount } }`;

describe.each(DATABASES)('stories on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;
  let moderator: TestUser;
  let admin: TestUser;
  let moderated: CampaignEntity;
  let open: CampaignEntity;

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
    [staff, moderator, admin] = await Promise.all([
      t.createUser({ role: Role.BRAND_STAFF }), t.createUser({ role: Role.MODERATOR }), t.createUser({ role: Role.ADMIN }),
    ]);
    moderated = await buildCampaign(t.dataSource, { createdById: staff.user.id, requiresModeration: true });
    open = await buildCampaign(t.dataSource, { createdById: staff.user.id, requiresModeration: false, maxPhotosPerStory: 2 });
  });
  afterAll(() => t.close());

  const submit = (as: TestUser, input: Record<string, unknown> = {}) =>
    t.gql(SUBMIT, {
      input: { campaignId: moderated.id, title: '窗台上的多肉', body: '每天早上给它晒太阳 ☀️ #我的生活小物', photoIds: [], grantUsageRights: false, ...input },
    }, as);

  describe('submitting', () => {
    it('starts PENDING without publishedAt in a moderated campaign, and does not count it yet', async () => {
      const author = await t.createUser({ displayName: '小林' });
      const result = await submit(author);
      expect(result.errors).toBeUndefined();
      expect(result.data!.submitStory).toMatchObject({
        status: 'PENDING', publishedAt: null, rejectionReason: null, photos: [],
        author: { id: author.user.id, displayName: '小林' }, campaign: { id: moderated.id, storyCount: 0 },
      });
    });

    it('is APPROVED at once, published and counted, in a campaign without moderation', async () => {
      const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id, requiresModeration: false });
      const author = await t.createUser();
      const before = Date.now();
      const result = await submit(author, { campaignId: campaign.id });
      expect(result.data!.submitStory.status).toBe('APPROVED');
      expect(Date.parse(result.data!.submitStory.publishedAt)).toBeGreaterThanOrEqual(before - 1000);
      expect((await t.gql(STORY, { id: result.data!.submitStory.id })).data!.story.status).toBe('APPROVED');
      expect((await t.gql(CAMPAIGN_COUNTS, { id: campaign.id })).data!.campaign).toEqual({ storyCount: 1, participantCount: 1 });
    });

    it('trims the title and body and keeps hashtags, emoji, line breaks and Chinese exactly as written', async () => {
      const body = '第一行 #我的生活小物 #MyLittleThings\n\n第二行 🌸🐱‍👤  two  spaces';
      const result = await submit(await t.createUser(), { title: '  \n 小物 🌸 \t', body: `\n  ${body}  \n` });
      expect(result.data!.submitStory).toMatchObject({ title: '小物 🌸', body });
    });

    it('counts characters as people do: 120 emoji or Chinese characters fit a title, 121 do not', async () => {
      const author = await t.createUser();
      expect((await submit(author, { title: '🌸'.repeat(120) })).data!.submitStory.title).toBe('🌸'.repeat(120));
      expect((await submit(author, { title: '汉'.repeat(120) })).errors).toBeUndefined();
      // What a person sees as one character, however many code points: ❤️ is two, 👩‍👩‍👧 five.
      expect((await submit(author, { title: '❤️'.repeat(120) })).data!.submitStory.title).toBe('❤️'.repeat(120));
      expect((await submit(author, { title: '👩‍👩‍👧'.repeat(120) })).errors).toBeUndefined();
      expect(codeOf(await submit(author, { title: '❤️'.repeat(121) }))).toBe('BAD_USER_INPUT');
      const tooLong = await submit(author, { title: '汉'.repeat(121) });
      expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
      expect(tooLong.errors![0].extensions!.field).toBe('title');
    });

    it('takes a body of 20,000 characters after trimming, and refuses 20,001', async () => {
      const author = await t.createUser();
      const longest = await submit(author, { body: `  ${'字'.repeat(20_000)}  ` });
      expect(longest.data!.submitStory.body).toHaveLength(20_000);
      expect(codeOf(await submit(author, { body: '字'.repeat(20_001) }))).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['a blank title', { title: '  \n\t ' }],
      ['a blank body', { body: '   ' }],
      ['a malformed campaign id', { campaignId: 'campaign-1' }],
      ['a malformed photo id', { photoIds: ['photo-1'] }],
      ['the same photo twice', { photoIds: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001'] }],
    ])('refuses %s with BAD_USER_INPUT', async (_, input) => {
      expect(codeOf(await submit(await t.createUser(), input))).toBe('BAD_USER_INPUT');
    });

    it('refuses more photos than the campaign allows, naming the limit', async () => {
      const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003'];
      const result = await submit(await t.createUser(), { campaignId: open.id, photoIds: ids });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toContain('2 photos');
    });

    it('takes stories only in an ACTIVE campaign', async () => {
      const author = await t.createUser();
      const scheduled = await buildCampaign(t.dataSource, {
        createdById: staff.user.id, startsAt: new Date(Date.now() + HOUR), endsAt: new Date(Date.now() + 2 * HOUR),
      });
      const ended = await buildCampaign(t.dataSource, {
        createdById: staff.user.id, startsAt: new Date(Date.now() - 2 * HOUR), endsAt: new Date(Date.now() - HOUR),
      });
      const draft = await buildCampaign(t.dataSource, { createdById: staff.user.id, published: false });
      expect(codeOf(await submit(author, { campaignId: scheduled.id }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await submit(author, { campaignId: ended.id }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await submit(author, { campaignId: draft.id }))).toBe('NOT_FOUND');
      expect(codeOf(await submit(staff, { campaignId: draft.id }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await submit(author, { campaignId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      expect(await t.dataSource.getRepository(StoryEntity).countBy({ authorId: author.user.id })).toBe(0);
    });

    it('needs a signed-in, unsuspended user', async () => {
      expect(codeOf(await t.gql(SUBMIT, { input: { campaignId: moderated.id, title: 'x', body: 'y', photoIds: [], grantUsageRights: false } })))
        .toBe('UNAUTHENTICATED');
      const suspended = await t.createUser();
      await t.dataSource.getRepository(UserEntity).update(suspended.user.id, { suspendedUntil: new Date(Date.now() + HOUR) });
      expect(codeOf(await submit(suspended))).toBe('FORBIDDEN');
    });

    it('allows 10 stories per user per hour, then RATE_LIMITED with the wait; others are unaffected', async () => {
      const busy = await t.createUser();
      for (let n = 0; n < 10; n++) expect((await submit(busy, { title: `第 ${n + 1} 个` })).errors).toBeUndefined();
      const limited = await submit(busy, { title: 'one too many' });
      expect(codeOf(limited)).toBe('RATE_LIMITED');
      expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(3000);
      expect(await t.dataSource.getRepository(StoryEntity).countBy({ authorId: busy.user.id })).toBe(10);
      expect((await submit(await t.createUser())).errors).toBeUndefined();
    });
  });

  describe('usage rights', () => {
    it('records the grant with its time, and keeps the history when the author withdraws and grants again', async () => {
      const author = await t.createUser();
      const before = Date.now();
      const story = (await submit(author, { grantUsageRights: true })).data!.submitStory;
      expect(story.usageRightsGranted).toBe(true);
      expect(Date.parse(story.usageRightsGrantedAt)).toBeGreaterThanOrEqual(before - 1000);

      const withdrawn = await t.gql(USAGE_RIGHTS, { id: story.id, granted: false }, author);
      expect(withdrawn.data!.setUsageRights).toMatchObject({ usageRightsGranted: false, usageRightsGrantedAt: null });
      expect(withdrawn.data!.setUsageRights.usageRightsHistory.map((e: { granted: boolean }) => e.granted)).toEqual([true, false]);

      const again = await t.gql(USAGE_RIGHTS, { id: story.id, granted: true }, author);
      const history = again.data!.setUsageRights.usageRightsHistory;
      expect(history.map((e: { granted: boolean }) => e.granted)).toEqual([true, false, true]);
      expect(Date.parse(history[0].at)).toBeLessThanOrEqual(Date.parse(history[1].at));
      expect(again.data!.setUsageRights.usageRightsGrantedAt).toBe(history[2].at);

      const row = await t.dataSource.getRepository(StoryEntity).findOneByOrFail({ id: story.id });
      expect(row.usageRightsWithdrawnAt).toBeNull();
      expect(row.usageRightsGrantedAt!.toISOString()).toBe(history[2].at);
    });

    it('records nothing when the state does not change, and nothing at all without a grant', async () => {
      const author = await t.createUser();
      const story = (await submit(author)).data!.submitStory;
      expect(story.usageRightsGrantedAt).toBeNull();
      const same = await t.gql(USAGE_RIGHTS, { id: story.id, granted: false }, author);
      expect(same.data!.setUsageRights.usageRightsHistory).toEqual([]);
    });

    it('lets only the author change them, and shows the history to the author, moderators and brand staff only', async () => {
      const author = await t.createUser();
      const story = (await submit(author, { campaignId: open.id, grantUsageRights: true })).data!.submitStory;
      const other = await t.createUser();
      expect(codeOf(await t.gql(USAGE_RIGHTS, { id: story.id, granted: false }, other))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(USAGE_RIGHTS, { id: story.id, granted: false }, moderator))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(USAGE_RIGHTS, { id: story.id, granted: false }))).toBe('UNAUTHENTICATED');
      const history = `query ($id: ID!) { story(id: $id) { usageRightsHistory { granted } } }`;
      for (const who of [author, moderator, staff, admin]) {
        expect((await t.gql(history, { id: story.id }, who)).data!.story.usageRightsHistory).toEqual([{ granted: true }]);
      }
      expect((await t.gql(history, { id: story.id }, other)).data!.story.usageRightsHistory).toBeNull();
      expect((await t.gql(history, { id: story.id })).data!.story.usageRightsHistory).toBeNull();
    });

    it('hides another author\'s pending story behind NOT_FOUND', async () => {
      const story = (await submit(await t.createUser())).data!.submitStory;
      expect(codeOf(await t.gql(USAGE_RIGHTS, { id: story.id, granted: true }, await t.createUser()))).toBe('NOT_FOUND');
    });
  });

  describe('who sees what', () => {
    type Viewer = 'author' | 'other' | 'anonymous' | 'moderator' | 'admin' | 'brandStaff';
    const everyone: Viewer[] = ['author', 'other', 'anonymous', 'moderator', 'admin', 'brandStaff'];
    const cases: [string, Partial<StoryEntity>, Viewer[]][] = [
      ['APPROVED', { status: StoryStatus.APPROVED }, everyone],
      ['PENDING', { status: StoryStatus.PENDING }, ['author', 'moderator', 'admin']],
      ['REJECTED', { status: StoryStatus.REJECTED, rejectionReason: 'Blurry' }, ['author', 'moderator', 'admin']],
      ['REMOVED', { status: StoryStatus.REMOVED, rejectionReason: 'Not yours' }, ['moderator', 'admin']],
      ['deleted', { status: StoryStatus.APPROVED, deletedAt: new Date() }, []],
    ];

    it.each(cases)('a %s story is visible to exactly the right people, null for the rest', async (_, overrides, visibleTo) => {
      const author = await t.createUser();
      const story = await buildStory(t.dataSource, { campaignId: moderated.id, authorId: author.user.id, ...overrides });
      const viewers: Record<Viewer, TestUser | undefined> = {
        author, other: await t.createUser(), anonymous: undefined, moderator, admin, brandStaff: staff,
      };
      for (const viewer of everyone) {
        const result = await t.gql(STORY, { id: story.id }, viewers[viewer]);
        expect(result.errors).toBeUndefined();
        expect([viewer, result.data!.story?.id ?? null]).toEqual([viewer, visibleTo.includes(viewer) ? story.id : null]);
      }
    });

    it('answers null for a story that does not exist, exactly like a hidden one', async () => {
      const result = await t.gql(STORY, { id: '00000000-0000-4000-8000-000000000000' });
      expect(result).toEqual({ status: 200, data: { story: null }, errors: undefined });
    });

    it('shows the author every story of theirs in myStories, REMOVED with its reason, deleted ones not at all', async () => {
      const author = await t.createUser();
      const make = (overrides: Partial<StoryEntity>) => buildStory(t.dataSource, { campaignId: moderated.id, authorId: author.user.id, ...overrides });
      const approved = await make({ status: StoryStatus.APPROVED });
      const removed = await make({ status: StoryStatus.REMOVED, rejectionReason: '图片侵权 · Copyright' });
      await make({ status: StoryStatus.APPROVED, deletedAt: new Date() });
      const rejected = await make({ status: StoryStatus.REJECTED, rejectionReason: 'Off topic' });
      await buildStory(t.dataSource, { campaignId: moderated.id, authorId: (await t.createUser()).user.id });

      const first = (await t.gql(MY_STORIES, { first: 2 }, author)).data!.myStories;
      expect(first.nodes).toEqual([
        { id: rejected.id, status: 'REJECTED', rejectionReason: 'Off topic' },
        { id: removed.id, status: 'REMOVED', rejectionReason: '图片侵权 · Copyright' },
      ]);
      const second = (await t.gql(MY_STORIES, { first: 2, after: first.pageInfo.endCursor }, author)).data!.myStories;
      expect(second.nodes).toEqual([{ id: approved.id, status: 'APPROVED', rejectionReason: null }]);
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect(codeOf(await t.gql(MY_STORIES, {}))).toBe('UNAUTHENTICATED');
    });

    it('pages stories created in the same instant without repeating or skipping one', async () => {
      const author = await t.createUser();
      const stories = await t.dataSource.transaction(async (manager) => {
        // One transaction: now() is the same instant for every row, so only the id breaks ties.
        const saved: StoryEntity[] = [];
        for (let n = 0; n < 5; n++) {
          saved.push(await manager.getRepository(StoryEntity).save({
            campaignId: moderated.id, authorId: author.user.id, title: `same ${n}`, body: 'b', status: StoryStatus.PENDING,
          }));
        }
        return saved;
      });
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: { nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } =
          (await t.gql(MY_STORIES, { first: 2, after }, author)).data!.myStories;
        seen.push(...page.nodes.map((n) => n.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen.sort()).toEqual(stories.map((s) => s.id).sort());
    });
  });

  describe('deleting', () => {
    it('lets the author delete: gone for everyone, moderators included, and out of the counts', async () => {
      const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id, requiresModeration: false });
      const author = await t.createUser();
      const story = (await submit(author, { campaignId: campaign.id })).data!.submitStory;
      expect((await t.gql(CAMPAIGN_COUNTS, { id: campaign.id })).data!.campaign.storyCount).toBe(1);
      expect((await t.gql(DELETE, { id: story.id }, author)).data!.deleteStory).toBe(true);
      for (const who of [author, moderator, admin, undefined]) expect((await t.gql(STORY, { id: story.id }, who)).data!.story).toBeNull();
      expect((await t.gql(MY_STORIES, {}, author)).data!.myStories.nodes).toEqual([]);
      expect((await t.gql(CAMPAIGN_COUNTS, { id: campaign.id })).data!.campaign).toEqual({ storyCount: 0, participantCount: 0 });
      expect(codeOf(await t.gql(DELETE, { id: story.id }, author))).toBe('NOT_FOUND');
    });

    it('lets the author delete a story in any status, REMOVED included', async () => {
      const author = await t.createUser();
      for (const status of [StoryStatus.PENDING, StoryStatus.REJECTED, StoryStatus.REMOVED]) {
        const story = await buildStory(t.dataSource, { campaignId: moderated.id, authorId: author.user.id, status });
        expect((await t.gql(DELETE, { id: story.id }, author)).data!.deleteStory).toBe(true);
      }
    });

    it('lets a moderator delete anyone\'s story, and logs it', async () => {
      const author = await t.createUser();
      const story = await buildStory(t.dataSource, { campaignId: moderated.id, authorId: author.user.id });
      expect((await t.gql(DELETE, { id: story.id }, moderator)).data!.deleteStory).toBe(true);
      const log = await t.dataSource.query(`SELECT action, moderator_id, target_user_id FROM moderation_actions WHERE story_id = $1`, [story.id]);
      expect(log).toEqual([{ action: 'DELETE_STORY', moderator_id: moderator.user.id, target_user_id: author.user.id }]);
    });

    it('refuses others: FORBIDDEN on a story they can see, NOT_FOUND on one they cannot, UNAUTHENTICATED when signed out', async () => {
      const author = await t.createUser();
      const approved = await buildStory(t.dataSource, { campaignId: moderated.id, authorId: author.user.id });
      const pending = await buildStory(t.dataSource, { campaignId: moderated.id, authorId: author.user.id, status: StoryStatus.PENDING });
      const other = await t.createUser();
      expect(codeOf(await t.gql(DELETE, { id: approved.id }, other))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(DELETE, { id: approved.id }, staff))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(DELETE, { id: pending.id }, other))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(DELETE, { id: approved.id }))).toBe('UNAUTHENTICATED');
      expect((await t.gql(STORY, { id: approved.id })).data!.story.id).toBe(approved.id);
    });
  });

  describe('events', () => {
    const heard = (topic: string, action: () => Promise<unknown>) => eventsDuring(t, topic, action);

    it('announces a new PENDING story to the queue, and not an approved one', async () => {
      let storyId = '';
      const events = await heard(Topics.storySubmitted, async () => {
        storyId = (await submit(await t.createUser())).data!.submitStory.id;
        await submit(await t.createUser(), { campaignId: open.id });
      });
      expect(events).toEqual([{ storyId, campaignId: moderated.id }]);
    });

    it('announces a status change, a deletion and a usage-rights change on the story\'s own topic', async () => {
      const author = await t.createUser();
      const story = (await submit(author)).data!.submitStory;
      const events = await heard(Topics.storyUpdated(story.id), async () => {
        await t.gql(`mutation ($id: ID!) { moderateStory(storyId: $id, decision: APPROVE) { id } }`, { id: story.id }, moderator);
        await t.gql(USAGE_RIGHTS, { id: story.id, granted: true }, author);
        await t.gql(DELETE, { id: story.id }, author);
      });
      expect(events).toEqual([{ storyId: story.id }, { storyId: story.id }, { storyId: story.id }]);
    });
  });
});
