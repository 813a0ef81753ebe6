import { Topics } from '../../core/pubsub/topics';
import { buildCampaign, buildStory } from '../../testing/builders';
import { eventsDuring } from '../../testing/pubsub-events';
import { codeOf, DATABASES, ESTABLISHED, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { Role } from '../accounts/role.enum';
import { UserEntity } from '../accounts/user.entity';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { CommentEntity } from '../engagement/comment.entity';
import { StoryStatus } from '../stories/story-status.enum';
import { StoryEntity } from '../stories/story.entity';

const HOUR = 3600_000;
const QUEUE = `query ($campaignId: ID, $status: StoryStatus, $first: Int, $after: String) {
  moderationQueue(campaignId: $campaignId, status: $status, first: $first, after: $after) {
    nodes { id status } pageInfo { endCursor hasNextPage } } }`;
const MODERATE = `mutation ($id: ID!, $decision: ModerationDecision!, $reason: String) {
  moderateStory(storyId: $id, decision: $decision, reason: $reason) { id status rejectionReason publishedAt } }`;
const STORY = `query ($id: ID!) { story(id: $id) { id status rejectionReason } }`;
const REPORT = `mutation ($input: ReportInput!) { reportContent(input: $input) {
  id reason note status story { id } comment { id body } reporter { id } createdAt } }`;
const REPORTS = `query ($status: ReportStatus, $first: Int, $after: String) { reports(status: $status, first: $first, after: $after) {
  nodes { id status reason story { id } resolutionNote } pageInfo { endCursor hasNextPage } } }`;
const RESOLVE = `mutation ($id: ID!, $dismiss: Boolean, $note: String) { resolveReport(reportId: $id, dismiss: $dismiss, note: $note) {
  id status resolutionNote resolvedAt } }`;
const LOG = `query ($first: Int, $after: String, $storyId: ID) { moderationLog(first: $first, after: $after, storyId: $storyId) {
  nodes { action reason moderator { id } story { id } targetUser { id } campaign { id } createdAt } pageInfo { endCursor hasNextPage } } }`;
const CAMPAIGN_COUNTS = `query ($id: ID) { campaign(id: $id) { storyCount participantCount } }`;
const SUBMIT = `mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { id status } }`;
const ADD_TERM = `mutation ($input: ModerationTermInput!) { addModerationTerm(input: $input) { id term action campaignId } }`;
const REMOVE_TERM = `mutation ($id: ID!) { removeModerationTerm(id: $id) }`;
const TERMS = `query ($campaignId: ID) { moderationTerms(campaignId: $campaignId) { id term action } }`;

describe.each(DATABASES)('moderation on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;
  let moderator: TestUser;
  let admin: TestUser;
  let customer: TestUser;
  let campaign: CampaignEntity;

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
    [staff, moderator, admin, customer] = await Promise.all([
      t.createUser({ role: Role.BRAND_STAFF }), t.createUser({ role: Role.MODERATOR }), t.createUser({ role: Role.ADMIN }), t.createUser(),
    ]);
    campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id });
  });
  afterAll(() => t.close());


  const story = async (overrides: Partial<StoryEntity> = {}, author?: TestUser) =>
    buildStory(t.dataSource, { campaignId: campaign.id, authorId: (author ?? (await t.createUser())).user.id, ...overrides });
  const moderate = (id: string, decision: string, reason?: string, as: TestUser = moderator) => t.gql(MODERATE, { id, decision, reason }, as);

  describe('the queue', () => {
    it('is for MODERATOR and ADMIN only', async () => {
      expect(codeOf(await t.gql(QUEUE, {}, customer))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(QUEUE, {}, staff))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(QUEUE, {}))).toBe('UNAUTHENTICATED');
      expect((await t.gql(QUEUE, {}, admin)).errors).toBeUndefined();
    });

    it('counts the stories waiting for review, for moderators only', async () => {
      const COUNT = `{ pendingStoryCount }`;
      expect(codeOf(await t.gql(COUNT, {}, customer))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(COUNT, {}, staff))).toBe('FORBIDDEN');
      const before = (await t.gql(COUNT, {}, moderator)).data!.pendingStoryCount as number;
      const waiting = await story({ status: StoryStatus.PENDING });
      await story({ status: StoryStatus.APPROVED });
      expect((await t.gql(COUNT, {}, moderator)).data!.pendingStoryCount).toBe(before + 1);
      await moderate(waiting.id, 'APPROVE');
      expect((await t.gql(COUNT, {}, admin)).data!.pendingStoryCount).toBe(before);
    });

    it('lists PENDING stories oldest first, by campaign, and other statuses on request', async () => {
      const own = await buildCampaign(t.dataSource, { createdById: staff.user.id });
      const make = (status: StoryStatus, minutesAgo: number) =>
        buildStory(t.dataSource, { campaignId: own.id, authorId: customer.user.id, status, createdAt: new Date(Date.now() - minutesAgo * 60_000) });
      const newer = await make(StoryStatus.PENDING, 1);
      const oldest = await make(StoryStatus.PENDING, 30);
      const middle = await make(StoryStatus.PENDING, 10);
      const rejected = await make(StoryStatus.REJECTED, 5);
      await make(StoryStatus.APPROVED, 20);
      await story({ status: StoryStatus.PENDING });

      const firstPage = (await t.gql(QUEUE, { campaignId: own.id, first: 2 }, moderator)).data!.moderationQueue;
      expect(firstPage.nodes.map((s: { id: string }) => s.id)).toEqual([oldest.id, middle.id]);
      const secondPage = (await t.gql(QUEUE, { campaignId: own.id, first: 2, after: firstPage.pageInfo.endCursor }, moderator)).data!.moderationQueue;
      expect(secondPage.nodes.map((s: { id: string }) => s.id)).toEqual([newer.id]);
      expect(secondPage.pageInfo.hasNextPage).toBe(false);

      const rejectedOnly = (await t.gql(QUEUE, { campaignId: own.id, status: 'REJECTED' }, moderator)).data!.moderationQueue;
      expect(rejectedOnly.nodes).toEqual([{ id: rejected.id, status: 'REJECTED' }]);
    });
  });

  describe('decisions', () => {
    const cases: [StoryStatus, string, StoryStatus | null][] = [
      [StoryStatus.PENDING, 'APPROVE', StoryStatus.APPROVED],
      [StoryStatus.PENDING, 'REJECT', StoryStatus.REJECTED],
      [StoryStatus.PENDING, 'REMOVE', null],
      [StoryStatus.PENDING, 'RESTORE', null],
      [StoryStatus.APPROVED, 'APPROVE', null],
      [StoryStatus.APPROVED, 'REJECT', null],
      [StoryStatus.APPROVED, 'REMOVE', StoryStatus.REMOVED],
      [StoryStatus.APPROVED, 'RESTORE', null],
      [StoryStatus.REJECTED, 'APPROVE', StoryStatus.APPROVED],
      [StoryStatus.REJECTED, 'REJECT', null],
      [StoryStatus.REJECTED, 'REMOVE', null],
      [StoryStatus.REJECTED, 'RESTORE', StoryStatus.APPROVED],
      [StoryStatus.REMOVED, 'APPROVE', null],
      [StoryStatus.REMOVED, 'REJECT', null],
      [StoryStatus.REMOVED, 'REMOVE', null],
      [StoryStatus.REMOVED, 'RESTORE', StoryStatus.APPROVED],
    ];

    it.each(cases)('%s + %s → %s (null: refused with BAD_USER_INPUT, nothing changes)', async (from, decision, to) => {
      const target = await story({ status: from, rejectionReason: from === StoryStatus.REJECTED || from === StoryStatus.REMOVED ? 'earlier reason' : null });
      const result = await moderate(target.id, decision, 'A reason');
      if (to) {
        expect(result.errors).toBeUndefined();
        expect(result.data!.moderateStory.status).toBe(to);
      } else {
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect((await t.dataSource.getRepository(StoryEntity).findOneByOrFail({ id: target.id })).status).toBe(from);
        expect(await t.dataSource.query(`SELECT 1 FROM moderation_actions WHERE story_id = $1`, [target.id])).toEqual([]);
      }
    });

    it('requires a reason to REJECT, which the author then sees; blank is no reason', async () => {
      const author = await t.createUser();
      const target = await story({ status: StoryStatus.PENDING }, author);
      expect(codeOf(await moderate(target.id, 'REJECT'))).toBe('BAD_USER_INPUT');
      expect(codeOf(await moderate(target.id, 'REJECT', '   '))).toBe('BAD_USER_INPUT');
      const rejected = await moderate(target.id, 'REJECT', ' 照片与活动主题无关 ');
      expect(rejected.data!.moderateStory).toMatchObject({ status: 'REJECTED', rejectionReason: '照片与活动主题无关' });
      expect((await t.gql(STORY, { id: target.id }, author)).data!.story).toMatchObject({ status: 'REJECTED', rejectionReason: '照片与活动主题无关' });
      expect((await t.gql(STORY, { id: target.id }, customer)).data!.story).toBeNull();
    });

    it('requires a reason to REMOVE; the author sees status and reason in myStories only', async () => {
      const author = await t.createUser();
      const target = await story({}, author);
      expect(codeOf(await moderate(target.id, 'REMOVE'))).toBe('BAD_USER_INPUT');
      expect((await moderate(target.id, 'REMOVE', 'Copyright')).data!.moderateStory.status).toBe('REMOVED');
      expect((await t.gql(STORY, { id: target.id }, author)).data!.story).toBeNull();
      const mine = await t.gql(`{ myStories { nodes { id status rejectionReason } } }`, {}, author);
      expect(mine.data!.myStories.nodes).toEqual([{ id: target.id, status: 'REMOVED', rejectionReason: 'Copyright' }]);
    });

    it('publishes on the first approval and keeps that time through remove and restore; approval clears the reason', async () => {
      const target = await story({ status: StoryStatus.REJECTED, rejectionReason: 'Blurry', publishedAt: null });
      const approved = (await moderate(target.id, 'APPROVE')).data!.moderateStory;
      expect(approved.rejectionReason).toBeNull();
      expect(approved.publishedAt).not.toBeNull();
      await moderate(target.id, 'REMOVE', 'Spam');
      const restored = (await moderate(target.id, 'RESTORE')).data!.moderateStory;
      expect(restored).toMatchObject({ status: 'APPROVED', rejectionReason: null, publishedAt: approved.publishedAt });
    });

    it('logs every decision with who, what, on what, why and when', async () => {
      const author = await t.createUser();
      const target = await story({ status: StoryStatus.PENDING }, author);
      const before = Date.now();
      await moderate(target.id, 'APPROVE');
      await moderate(target.id, 'REMOVE', 'Spam links', admin);
      const log = (await t.gql(LOG, { storyId: target.id }, moderator)).data!.moderationLog.nodes;
      expect(log).toEqual([
        { action: 'REMOVE', reason: 'Spam links', moderator: { id: admin.user.id }, story: { id: target.id }, targetUser: { id: author.user.id }, campaign: { id: campaign.id }, createdAt: expect.any(String) },
        { action: 'APPROVE', reason: null, moderator: { id: moderator.user.id }, story: { id: target.id }, targetUser: { id: author.user.id }, campaign: { id: campaign.id }, createdAt: expect.any(String) },
      ]);
      expect(Date.parse(log[1].createdAt)).toBeGreaterThanOrEqual(before - 1000);
    });

    it('lets exactly one of two simultaneous decisions on a story through', async () => {
      // Two rejections: whichever runs second finds the story REJECTED already (APPROVE then
      // REJECT would not do: APPROVE is also allowed after a REJECT, so the order would decide).
      const target = await story({ status: StoryStatus.PENDING });
      const results = await Promise.all([moderate(target.id, 'REJECT', 'Blurry'), moderate(target.id, 'REJECT', 'Off topic', admin)]);
      expect(results.map(codeOf).filter((code) => code === undefined)).toHaveLength(1);
      expect(results.map(codeOf).filter((code) => code === 'BAD_USER_INPUT')).toHaveLength(1);
      const entries = await t.dataSource.query(`SELECT action FROM moderation_actions WHERE story_id = $1`, [target.id]);
      expect(entries).toHaveLength(1);
    });

    it('is for MODERATOR and ADMIN only, and NOT_FOUND for a deleted or unknown story', async () => {
      const target = await story({ status: StoryStatus.PENDING });
      expect(codeOf(await moderate(target.id, 'APPROVE', undefined, customer))).toBe('FORBIDDEN');
      expect(codeOf(await moderate(target.id, 'APPROVE', undefined, staff))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(MODERATE, { id: target.id, decision: 'APPROVE' }))).toBe('UNAUTHENTICATED');
      const deleted = await story({ status: StoryStatus.PENDING, deletedAt: new Date() });
      expect(codeOf(await moderate(deleted.id, 'APPROVE'))).toBe('NOT_FOUND');
      expect(codeOf(await moderate('00000000-0000-4000-8000-000000000000', 'APPROVE'))).toBe('NOT_FOUND');
      expect(codeOf(await moderate('nope', 'APPROVE'))).toBe('BAD_USER_INPUT');
    });
  });

  describe('reports', () => {
    const reportStory = (storyId: string, as: TestUser, reason = 'SPAM', note?: string) => t.gql(REPORT, { input: { storyId, reason, note } }, as);

    it('records a report with its reason and note, for the reporter to see', async () => {
      const target = await story();
      const reporter = await t.createUser();
      const result = await reportStory(target.id, reporter, 'PRIVACY', '  照片里有我家门牌号  ');
      expect(result.errors).toBeUndefined();
      expect(result.data!.reportContent).toMatchObject({
        reason: 'PRIVACY', note: '照片里有我家门牌号', status: 'OPEN', story: { id: target.id }, comment: null, reporter: { id: reporter.user.id },
      });
    });

    it('allows one open report per person per story: CONFLICT until it is closed', async () => {
      const target = await story();
      const reporter = await t.createUser();
      const first = await reportStory(target.id, reporter);
      expect(codeOf(await reportStory(target.id, reporter, 'OFFENSIVE'))).toBe('CONFLICT');
      await t.gql(RESOLVE, { id: first.data!.reportContent.id, dismiss: true }, moderator);
      expect((await reportStory(target.id, reporter, 'OFFENSIVE')).errors).toBeUndefined();
    });

    it('gives CONFLICT to one of two simultaneous identical reports', async () => {
      const target = await story();
      const reporter = await t.createUser();
      const results = await Promise.all([reportStory(target.id, reporter), reportStory(target.id, reporter)]);
      expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    });

    it.each([
      ['neither a story nor a comment', {}, 'BAD_USER_INPUT'],
      ['both a story and a comment', { storyId: '00000000-0000-4000-8000-000000000001', commentId: '00000000-0000-4000-8000-000000000002' }, 'BAD_USER_INPUT'],
      ['an unknown story', { storyId: '00000000-0000-4000-8000-000000000001' }, 'NOT_FOUND'],
      ['an unknown comment', { commentId: '00000000-0000-4000-8000-000000000002' }, 'NOT_FOUND'],
    ])('refuses a report on %s', async (_, target, code) => {
      expect(codeOf(await t.gql(REPORT, { input: { reason: 'SPAM', ...target } }, customer))).toBe(code);
    });

    it('refuses a report on a story the reporter cannot see, or on their own story', async () => {
      const author = await t.createUser();
      const pending = await story({ status: StoryStatus.PENDING }, author);
      expect(codeOf(await reportStory(pending.id, customer))).toBe('NOT_FOUND');
      const own = await story({}, author);
      expect(codeOf(await reportStory(own.id, author))).toBe('BAD_USER_INPUT');
    });

    it('needs a signed-in, unsuspended reporter', async () => {
      const target = await story();
      expect(codeOf(await t.gql(REPORT, { input: { storyId: target.id, reason: 'SPAM' } }))).toBe('UNAUTHENTICATED');
      const suspended = await t.createUser();
      await t.dataSource.getRepository(UserEntity).update(suspended.user.id, { suspendedUntil: new Date(Date.now() + HOUR) });
      expect(codeOf(await reportStory(target.id, suspended))).toBe('FORBIDDEN');
    });

    it('holds an APPROVED story once three established members report it, and an approval restores it', async () => {
      const own = await buildCampaign(t.dataSource, { createdById: staff.user.id });
      const author = await t.createUser();
      const target = await buildStory(t.dataSource, { campaignId: own.id, authorId: author.user.id, status: StoryStatus.PENDING });
      await moderate(target.id, 'APPROVE');
      expect((await t.gql(CAMPAIGN_COUNTS, { id: own.id })).data!.campaign).toEqual({ storyCount: 1, participantCount: 1 });

      const reporters = await Promise.all([1, 2, 3].map(() => t.createUser({ createdAt: ESTABLISHED })));
      await reportStory(target.id, reporters[0]);
      await reportStory(target.id, reporters[1], 'OFFENSIVE');
      expect((await t.gql(STORY, { id: target.id })).data!.story.status).toBe('APPROVED');

      let third = await reportStory(target.id, reporters[0]); // a second report from the same person: refused, not counted
      expect(codeOf(third)).toBe('CONFLICT');
      expect((await t.gql(STORY, { id: target.id })).data!.story.status).toBe('APPROVED');
      const announced = await eventsDuring(t, Topics.storySubmitted, async () => {
        third = await reportStory(target.id, reporters[2], 'INAPPROPRIATE_IMAGE');
      });
      expect(third.errors).toBeUndefined();
      expect(announced).toEqual([{ storyId: target.id, campaignId: own.id }]);
      expect(third.data!.reportContent.story).toBeNull();
      expect((await t.gql(STORY, { id: target.id })).data!.story).toBeNull();
      expect((await t.gql(STORY, { id: target.id }, customer)).data!.story).toBeNull();
      expect((await t.gql(STORY, { id: target.id }, author)).data!.story.status).toBe('PENDING');
      expect((await t.gql(CAMPAIGN_COUNTS, { id: own.id })).data!.campaign).toEqual({ storyCount: 0, participantCount: 0 });
      const queue = (await t.gql(QUEUE, { campaignId: own.id }, moderator)).data!.moderationQueue.nodes;
      expect(queue).toEqual([{ id: target.id, status: 'PENDING' }]);
      const hold = (await t.gql(LOG, { storyId: target.id }, moderator)).data!.moderationLog.nodes[0];
      expect(hold).toMatchObject({ action: 'HOLD_FOR_REPORTS', moderator: { id: reporters[2].user.id }, targetUser: { id: author.user.id } });

      await moderate(target.id, 'APPROVE', undefined, admin);
      expect((await t.gql(STORY, { id: target.id })).data!.story.status).toBe('APPROVED');
      expect((await t.gql(CAMPAIGN_COUNTS, { id: own.id })).data!.campaign).toEqual({ storyCount: 1, participantCount: 1 });
      const reports = await t.dataSource.query(`SELECT status FROM reports WHERE story_id = $1`, [target.id]);
      expect(reports.map((r: { status: string }) => r.status)).toEqual(['DISMISSED', 'DISMISSED', 'DISMISSED']);
      // Settled: a fourth report alone does not hold it again.
      expect((await reportStory(target.id, await t.createUser({ createdAt: ESTABLISHED }))).errors).toBeUndefined();
      expect((await t.gql(STORY, { id: target.id })).data!.story.status).toBe('APPROVED');
    });

    it('does not let accounts made a minute ago take a story down, though moderators see their reports', async () => {
      const target = await story();
      const fresh = await Promise.all([1, 2, 3, 4, 5].map(() => t.createUser()));
      for (const reporter of fresh) expect((await reportStory(target.id, reporter)).errors).toBeUndefined();
      expect((await t.gql(STORY, { id: target.id })).data!.story.status).toBe('APPROVED');
      const open = await t.dataSource.query(`SELECT count(*)::int AS n FROM reports WHERE story_id = $1 AND status = 'OPEN'`, [target.id]);
      expect(open[0].n).toBe(5);
    });

    it('weighs a reporter by their track record: one whose reports were dismissed counts for less', async () => {
      const target = await story();
      const [serial, b, c] = await Promise.all([1, 2, 3].map(() => t.createUser({ createdAt: ESTABLISHED })));
      for (let i = 0; i < 4; i++) {
        const other = await story();
        const report = await reportStory(other.id, serial);
        await t.gql(RESOLVE, { id: report.data!.reportContent.id, dismiss: true }, moderator);
      }
      await reportStory(target.id, serial);
      await reportStory(target.id, b);
      await reportStory(target.id, c);
      // 1/3 + 1 + 1 < 3: still public, and all three reports wait for a moderator.
      expect((await t.gql(STORY, { id: target.id })).data!.story.status).toBe('APPROVED');
    });

    it('does not count closed reports towards a hold', async () => {
      const target = await story();
      const [a, b, c] = await Promise.all([1, 2, 3].map(() => t.createUser({ createdAt: ESTABLISHED })));
      const first = await reportStory(target.id, a);
      await t.gql(RESOLVE, { id: first.data!.reportContent.id, dismiss: true }, moderator);
      await reportStory(target.id, b);
      await reportStory(target.id, c);
      expect((await t.gql(STORY, { id: target.id })).data!.story.status).toBe('APPROVED');
    });

    it('lists OPEN reports oldest first for moderators, and resolves or dismisses each once, logged', async () => {
      const own = await startTestApp({ onRealPostgres });
      try {
        const [mod, author, r1, r2] = await Promise.all([own.createUser({ role: Role.MODERATOR }), own.createUser(), own.createUser(), own.createUser()]);
        const c = await buildCampaign(own.dataSource, { createdById: mod.user.id });
        const s1 = await buildStory(own.dataSource, { campaignId: c.id, authorId: author.user.id });
        const s2 = await buildStory(own.dataSource, { campaignId: c.id, authorId: author.user.id });
        const first = (await own.gql(REPORT, { input: { storyId: s1.id, reason: 'SPAM' } }, r1)).data!.reportContent;
        const second = (await own.gql(REPORT, { input: { storyId: s2.id, reason: 'COPYRIGHT' } }, r2)).data!.reportContent;
        expect(codeOf(await own.gql(REPORTS, {}, r1))).toBe('FORBIDDEN');
        expect(codeOf(await own.gql(REPORTS, {}))).toBe('UNAUTHENTICATED');

        const openReports = (await own.gql(REPORTS, {}, mod)).data!.reports.nodes;
        expect(openReports.map((r: { id: string }) => r.id)).toEqual([first.id, second.id]);

        expect(codeOf(await own.gql(RESOLVE, { id: first.id }, r1))).toBe('FORBIDDEN');
        const resolved = (await own.gql(RESOLVE, { id: first.id, note: 'Removed the links' }, mod)).data!.resolveReport;
        expect(resolved).toMatchObject({ status: 'RESOLVED', resolutionNote: 'Removed the links' });
        expect(resolved.resolvedAt).not.toBeNull();
        expect((await own.gql(RESOLVE, { id: second.id, dismiss: true }, mod)).data!.resolveReport.status).toBe('DISMISSED');
        expect(codeOf(await own.gql(RESOLVE, { id: second.id }, mod))).toBe('BAD_USER_INPUT');
        expect(codeOf(await own.gql(RESOLVE, { id: '00000000-0000-4000-8000-000000000000' }, mod))).toBe('NOT_FOUND');

        expect((await own.gql(REPORTS, {}, mod)).data!.reports.nodes).toEqual([]);
        // A report on a story deleted since leaves the open queue: nothing is left to decide.
        const s3 = await buildStory(own.dataSource, { campaignId: c.id, authorId: author.user.id });
        await own.gql(REPORT, { input: { storyId: s3.id, reason: 'SPAM' } }, r1);
        expect((await own.gql(REPORTS, {}, mod)).data!.reports.nodes).toHaveLength(1);
        await own.gql(`mutation ($id: ID!) { deleteStory(id: $id) }`, { id: s3.id }, author);
        expect((await own.gql(REPORTS, {}, mod)).data!.reports.nodes).toEqual([]);
        expect((await own.gql(REPORTS, { status: 'DISMISSED' }, mod)).data!.reports.nodes.map((r: { id: string }) => r.id)).toEqual([second.id]);
        const log = (await own.gql(LOG, {}, mod)).data!.moderationLog.nodes;
        expect(log.map((e: { action: string }) => e.action)).toEqual(['DISMISS_REPORT', 'RESOLVE_REPORT']);
        expect(log[1]).toMatchObject({ reason: 'Removed the links', moderator: { id: mod.user.id }, story: { id: s1.id } });
      } finally {
        await own.close();
      }
    });

    describe('on comments', () => {
      const comment = async (storyEntity: StoryEntity, overrides: Partial<CommentEntity> = {}) => {
        const author = await t.createUser();
        const now = new Date();
        const id = crypto.randomUUID();
        return t.dataSource.getRepository(CommentEntity).save({
          id, storyId: storyEntity.id, campaignId: storyEntity.campaignId, authorId: author.user.id, parentId: null,
          threadId: id, threadCreatedAt: now, body: '加我微信看更多', createdAt: now, ...overrides,
        });
      };
      const reportComment = (commentId: string, as: TestUser) => t.gql(REPORT, { input: { commentId, reason: 'SPAM' } }, as);

      it('records a report on a visible comment, one open per person', async () => {
        const target = await comment(await story());
        const result = await reportComment(target.id, customer);
        expect(result.errors).toBeUndefined();
        expect(result.data!.reportContent).toMatchObject({ story: null, comment: { id: target.id, body: '加我微信看更多' } });
        expect(codeOf(await reportComment(target.id, customer))).toBe('CONFLICT');
      });

      it('answers NOT_FOUND for a hidden or deleted comment, or one on a story the reporter cannot see', async () => {
        const visibleStory = await story();
        const hidden = await comment(visibleStory, { hiddenAt: new Date(), hiddenReason: 'spam' });
        const deleted = await comment(visibleStory, { deletedAt: new Date() });
        const onPending = await comment(await story({ status: StoryStatus.PENDING }));
        for (const target of [hidden, deleted, onPending]) expect(codeOf(await reportComment(target.id, customer))).toBe('NOT_FOUND');
      });
    });
  });

  describe('the word list', () => {
    const unmoderated = async () => buildCampaign(t.dataSource, { createdById: staff.user.id, requiresModeration: false });
    const submit = async (campaignId: string, title: string, body: string) =>
      t.gql(SUBMIT, { input: { campaignId, title, body, photoIds: [], grantUsageRights: false } }, await t.createUser());
    const addTerm = (term: string, action: string, campaignId?: string, as: TestUser = staff) =>
      t.gql(ADD_TERM, { input: { term, action, campaignId } }, as);

    it('is managed by BRAND_STAFF and ADMIN only', async () => {
      expect(codeOf(await addTerm('whatever', 'BLOCK', undefined, customer))).toBe('FORBIDDEN');
      expect(codeOf(await addTerm('whatever', 'BLOCK', undefined, moderator))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(TERMS, {}, moderator))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(TERMS, {}))).toBe('UNAUTHENTICATED');
      const added = await addTerm('adminterm', 'REVIEW', undefined, admin);
      expect(added.data!.addModerationTerm).toMatchObject({ term: 'adminterm', action: 'REVIEW', campaignId: null });
      expect(codeOf(await t.gql(REMOVE_TERM, { id: added.data!.addModerationTerm.id }, customer))).toBe('FORBIDDEN');
    });

    it('blocks a story outright without echoing the word, however it is spaced, punctuated or written full-width', async () => {
      const c = await unmoderated();
      expect((await addTerm('Scamlink', 'BLOCK', c.id)).errors).toBeUndefined();
      for (const [title, body] of [
        ['Hello', 'visit scamlink today'],
        ['S c a m l i n k', 'hi'],
        ['hi', 'ｓｃａｍ．ＬＩＮＫ'],
        ['hi', 's-c-a-m_l.i.n.k!'],
      ]) {
        const result = await submit(c.id, title, body);
        expect([body, codeOf(result)]).toEqual([body, 'BAD_USER_INPUT']);
        expect(result.errors![0].message.toLowerCase()).not.toContain('scamlink');
      }
      expect((await submit(c.id, 'Hello', 'a clean story')).data!.submitStory.status).toBe('APPROVED');
    });

    it('sends a story to review even in a campaign without moderation', async () => {
      const c = await unmoderated();
      await addTerm('代购', 'REVIEW', c.id);
      expect((await submit(c.id, '我的小物', '找我代 购，便宜')).data!.submitStory.status).toBe('PENDING');
      expect((await submit(c.id, '我的小物', '今天买了一盆花')).data!.submitStory.status).toBe('APPROVED');
    });

    it('matches Chinese inside text written without spaces', async () => {
      const c = await unmoderated();
      await addTerm('赌博', 'BLOCK', c.id);
      expect(codeOf(await submit(c.id, '分享', '这是一个关于网上赌博网站的故事'))).toBe('BAD_USER_INPUT');
      expect(codeOf(await submit(c.id, '赌 博', '正文'))).toBe('BAD_USER_INPUT');
    });

    it('applies a global term everywhere and a campaign term in its own campaign only', async () => {
      const [a, b] = await Promise.all([unmoderated(), unmoderated()]);
      const globalTerm = `globalword${Date.now()}`;
      await addTerm(globalTerm, 'BLOCK', undefined, admin);
      await addTerm('onlyinb', 'BLOCK', b.id);
      expect(codeOf(await submit(a.id, 'x', `has ${globalTerm}`))).toBe('BAD_USER_INPUT');
      expect(codeOf(await submit(b.id, 'x', `has ${globalTerm}`))).toBe('BAD_USER_INPUT');
      expect((await submit(a.id, 'x', 'has onlyinb')).data!.submitStory.status).toBe('APPROVED');
      expect(codeOf(await submit(b.id, 'x', 'has onlyinb'))).toBe('BAD_USER_INPUT');
    });

    it('lists, refuses duplicates and symbol-only terms, removes, and logs every change', async () => {
      const c = await unmoderated();
      const added = (await addTerm('Bad Word', 'BLOCK', c.id)).data!.addModerationTerm;
      expect(codeOf(await addTerm('ＢＡＤ-word', 'REVIEW', c.id))).toBe('CONFLICT');
      expect(codeOf(await addTerm(' !!! ', 'BLOCK', c.id))).toBe('BAD_USER_INPUT');
      expect(codeOf(await addTerm('x', 'BLOCK', '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
      expect((await t.gql(TERMS, { campaignId: c.id }, staff)).data!.moderationTerms).toEqual([{ id: added.id, term: 'Bad Word', action: 'BLOCK' }]);
      expect(codeOf(await submit(c.id, 'x', 'a badword here'))).toBe('BAD_USER_INPUT');

      expect((await t.gql(REMOVE_TERM, { id: added.id }, admin)).data!.removeModerationTerm).toBe(true);
      expect(codeOf(await t.gql(REMOVE_TERM, { id: added.id }, admin))).toBe('NOT_FOUND');
      expect((await submit(c.id, 'x', 'a badword here')).data!.submitStory.status).toBe('APPROVED');
      const log = await t.dataSource.query(
        `SELECT action, moderator_id, reason FROM moderation_actions WHERE campaign_id = $1 ORDER BY created_at`, [c.id]);
      expect(log).toEqual([
        { action: 'ADD_TERM', moderator_id: staff.user.id, reason: 'BLOCK: Bad Word' },
        { action: 'REMOVE_TERM', moderator_id: admin.user.id, reason: 'BLOCK: Bad Word' },
      ]);
    });
  });

  describe('the log', () => {
    it('is for MODERATOR and ADMIN, newest first, paged', async () => {
      expect(codeOf(await t.gql(LOG, {}, customer))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(LOG, {}, staff))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(LOG, {}))).toBe('UNAUTHENTICATED');
      const targets = [await story({ status: StoryStatus.PENDING }), await story({ status: StoryStatus.PENDING })];
      for (const target of targets) await moderate(target.id, 'APPROVE');
      const first = (await t.gql(LOG, { first: 1 }, admin)).data!.moderationLog;
      expect(first.nodes[0].story.id).toBe(targets[1].id);
      const second = (await t.gql(LOG, { first: 1, after: first.pageInfo.endCursor }, admin)).data!.moderationLog;
      expect(second.nodes[0].story.id).toBe(targets[0].id);
    });

    it('is append-only', async () => {
      const target = await story({ status: StoryStatus.PENDING });
      await moderate(target.id, 'APPROVE');
      await expect(t.dataSource.query(`UPDATE moderation_actions SET reason = 'rewritten' WHERE story_id = $1`, [target.id])).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`DELETE FROM moderation_actions WHERE story_id = $1`, [target.id])).rejects.toThrow(/append-only/);
      expect(codeOf(await t.gql(`mutation { deleteModerationAction(id: "x") }`, {}, admin))).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });
});
