import { buildCampaign, buildLikes, buildStory, buildUsers } from '../../testing/builders';
import { outboxMails, startSmtpInbox, SmtpInbox } from '../../testing/mail-inbox';
import { openSocket } from '../../testing/socket-client';
import { codeOf, DATABASES, ESTABLISHED, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { waitFor } from '../../testing/wait-for';
import { Role } from '../accounts/role.enum';
import { FeedRanking } from '../stories/feeds/feed-ranking.service';
import { StoryStatus } from '../stories/story-status.enum';
import { LikeMilestones, milestoneAbove, milestoneAboveSql, milestoneReached } from './like-milestones';
import { NotificationMailer } from './notification-mailer';

const INBOX = `query ($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    unreadCount pageInfo { endCursor hasNextPage }
    nodes { id kind title body link read createdAt story { id } comment { id body } }
  } }`;
const MARK_READ = `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
const SETTINGS = `mutation ($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { language emailKinds mailableKinds } }`;
const MODERATE = `mutation ($id: ID!, $decision: ModerationDecision!, $reason: String) { moderateStory(storyId: $id, decision: $decision, reason: $reason) { id status } }`;
const COMMENT = `mutation ($storyId: ID!, $body: String!, $parentId: ID) { addComment(storyId: $storyId, body: $body, parentId: $parentId) { id } }`;
const REPORT = `mutation ($input: ReportInput!) { reportContent(input: $input) { id } }`;
const RESOLVE = `mutation ($id: ID!, $dismiss: Boolean) { resolveReport(reportId: $id, dismiss: $dismiss) { id } }`;
const SUSPEND = `mutation ($userId: ID!, $reason: String!) { suspendUser(userId: $userId, reason: $reason) { id } }`;
const LIVE = `subscription { notificationAdded { id kind title story { id } } }`;

describe('like milestones', () => {
  it('are 10, 50, 100, 500, 1000…; one jump tells the highest reached', () => {
    expect([0, 9, 10, 49, 50, 99, 100, 499, 500, 999, 1000, 4999, 5000].map(milestoneAbove)).toEqual(
      [10, 10, 50, 50, 100, 100, 500, 500, 1000, 1000, 5000, 5000, 10000],
    );
    expect([9, 10, 60, 130, 1200].map(milestoneReached)).toEqual([0, 10, 50, 100, 1000]);
  });
});

describe.each(DATABASES)('notifications on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;
  let moderator: TestUser;
  let campaignId: string;

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
    staff = await t.createUser({ role: Role.BRAND_STAFF });
    moderator = await t.createUser({ role: Role.MODERATOR });
    campaignId = (await buildCampaign(t.dataSource, { createdById: staff.user.id })).id;
  });
  afterAll(() => t.close());

  const ok = async (query: string, variables: Record<string, unknown>, as: TestUser) => {
    const result = await t.gql(query, variables, as);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as any;
  };
  const inbox = async (as: TestUser, variables: Record<string, unknown> = {}) => ok(INBOX, variables, as);
  const pending = async (author: TestUser, title = '我的小台灯') =>
    buildStory(t.dataSource, { campaignId, authorId: author.user.id, status: StoryStatus.PENDING, title });
  const approved = async (author: TestUser) => buildStory(t.dataSource, { campaignId, authorId: author.user.id });

  it('computes the next milestone in SQL as in TypeScript (bulk-loaded stories start past theirs)', async () => {
    const counts = [0, 9, 10, 11, 49, 50, 99, 100, 101, 499, 500, 999, 1000, 4999, 5000, 123456];
    const rows: { n: number; next: number }[] = await t.dataSource.query(
      `SELECT n, ${milestoneAboveSql('n')} AS next FROM unnest($1::int[]) AS n`, [counts],
    );
    expect(rows.map((r) => r.next)).toEqual(counts.map(milestoneAbove));
  });

  it("tells the author their story was approved, in their language, and never the moderator who did it", async () => {
    const author = await t.createUser();
    const story = await pending(author);
    await ok(MODERATE, { id: story.id, decision: 'APPROVE' }, moderator);

    const page = await inbox(author);
    expect(page.unreadCount).toBe(1);
    expect(page.nodes).toEqual([expect.objectContaining({
      kind: 'STORY_APPROVED', title: '你的故事已上线', read: false, link: `/stories/${story.id}`, story: { id: story.id },
    })]);
    expect(page.nodes[0].body).toContain('《我的小台灯》');
    expect((await inbox(moderator)).nodes).toEqual([]);

    await ok(SETTINGS, { input: { language: 'en' } }, author);
    expect((await inbox(author)).nodes[0]).toMatchObject({ title: 'Your story is live', body: expect.stringContaining('“我的小台灯”') });
  });

  it('tells a rejection with its reason, in the inbox and by e-mail (an .eml in the outbox) with a one-click unsubscribe', async () => {
    const author = await t.createUser({ email: `reject.${Date.now()}@example.com` });
    const story = await pending(author, 'Blurry photo');
    await ok(MODERATE, { id: story.id, decision: 'REJECT', reason: '照片看不清楚' }, moderator);

    expect((await inbox(author)).nodes[0]).toMatchObject({ kind: 'STORY_REJECTED', body: expect.stringContaining('照片看不清楚') });
    const mail = await waitFor(async () => (await outboxMails(t.dataDir)).find((m) => m.to === author.user.email), { what: 'the rejection mail' });
    expect(mail.subject).toBe('你的故事未通过审核');
    expect(mail.text).toContain('照片看不清楚');
    expect(mail.text).toContain(`/stories/${story.id}`);
    expect(mail.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = String(mail.header('list-unsubscribe')).replace(/^<|>$/g, '');
    expect(unsubscribe).toMatch(/\/mail\/unsubscribe\?/);

    // The link works without signing in; GET only asks (mail scanners follow links), POST does it.
    const local = unsubscribe.replace(/^https?:\/\/[^/]+/, t.baseUrl);
    const asked = await fetch(local);
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('<form method="post"');
    expect((await fetch(local.replace(/s=[^&]+/, 's=forged'), { method: 'POST' })).status).toBe(400);
    expect((await fetch(local, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(200);
    const settings = await ok(`query { notificationSettings { emailKinds mailableKinds } }`, {}, author);
    expect(settings.emailKinds).not.toContain('STORY_REJECTED');
    expect(settings.mailableKinds).toContain('STORY_REJECTED');

    // Muted: the next rejection reaches the inbox, not the mailbox.
    const again = await pending(author);
    await ok(MODERATE, { id: again.id, decision: 'REJECT', reason: 'second time' }, moderator);
    await waitFor(async () => (await inbox(author)).nodes.length === 2);
    await t.app.get(NotificationMailer).sweep();
    expect((await outboxMails(t.dataDir)).filter((m) => m.to === author.user.email)).toHaveLength(1);
  });

  it('approvals and comments are not mailed', async () => {
    const author = await t.createUser({ email: `quiet.${Date.now()}@example.com` });
    await ok(MODERATE, { id: (await pending(author)).id, decision: 'APPROVE' }, moderator);
    await ok(COMMENT, { storyId: (await approved(author)).id, body: 'nice' }, await t.createUser());
    await waitFor(async () => (await inbox(author)).nodes.length === 2);
    expect((await outboxMails(t.dataDir)).filter((m) => m.to === author.user.email)).toEqual([]);
  });

  it('tells the story author of a comment and the comment author of a reply, once each, and nobody of their own', async () => {
    const author = await t.createUser();
    const fan = await t.createUser({ displayName: '小红' });
    const story = await approved(author);
    const comment = await ok(COMMENT, { storyId: story.id, body: '好可爱的小台灯，在哪里买的？' }, fan);
    await ok(COMMENT, { storyId: story.id, body: 'own comment' }, author);

    const told = (await inbox(author)).nodes;
    expect(told).toEqual([expect.objectContaining({ kind: 'STORY_COMMENTED', title: '小红 评论了你的故事', comment: { id: comment.id, body: '好可爱的小台灯，在哪里买的？' } })]);
    expect(told[0].link).toBe(`/stories/${story.id}#comment-${comment.id}`);

    // The author replies: the fan hears of the reply; the author, whose story it is, hears nothing of their own words.
    await ok(COMMENT, { storyId: story.id, body: '淘宝旗舰店～', parentId: comment.id }, author);
    expect((await inbox(fan)).nodes).toEqual([expect.objectContaining({ kind: 'COMMENT_REPLIED' })]);
    expect((await inbox(author)).nodes).toHaveLength(1);

    // A third person replies to the author's own comment on their own story: one notification, the reply.
    const own = await ok(COMMENT, { storyId: story.id, body: 'thanks all' }, author);
    await ok(COMMENT, { storyId: story.id, body: '+1', parentId: own.id }, await t.createUser());
    const kinds = (await inbox(author)).nodes.map((n: any) => n.kind);
    expect(kinds).toEqual(['COMMENT_REPLIED', 'STORY_COMMENTED']);
  });

  it('pages the inbox newest first by keyset, marks read by id or all, and only ever the reader’s own', async () => {
    const author = await t.createUser();
    const fan = await t.createUser();
    const story = await approved(author);
    for (let i = 0; i < 5; i++) await ok(COMMENT, { storyId: story.id, body: `comment ${i}` }, fan);

    const first = await inbox(author, { first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await inbox(author, { first: 10, after: first.pageInfo.endCursor });
    const all = [...first.nodes, ...rest.nodes];
    expect(all.map((n: any) => n.comment.body)).toEqual(['comment 4', 'comment 3', 'comment 2', 'comment 1', 'comment 0']);
    expect(new Set(all.map((n: any) => n.id)).size).toBe(5);

    expect(await ok(MARK_READ, { ids: [all[0].id] }, fan)).toBe(0); // someone else's: nothing changes
    expect(await ok(MARK_READ, { ids: [all[0].id, all[1].id] }, author)).toBe(2);
    expect((await inbox(author, { unreadOnly: true })).nodes).toHaveLength(3);
    expect(await ok(MARK_READ, {}, author)).toBe(3);
    expect((await inbox(author)).unreadCount).toBe(0);

    expect(codeOf(await t.gql(MARK_READ, { ids: ['not-an-id'] }, author))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(INBOX, { after: 'garbage' }, author))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(INBOX, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(SETTINGS, { input: { language: 'fr' } }, author))).toBe('BAD_USER_INPUT');
  });

  it('tells a reporter the outcome of their report without naming the moderator', async () => {
    const reporter = await t.createUser({ createdAt: ESTABLISHED });
    const story = await approved(await t.createUser());
    const report = await ok(REPORT, { input: { storyId: story.id, reason: 'SPAM' } }, reporter);
    await ok(RESOLVE, { id: report.id, dismiss: true }, moderator);
    const [told] = (await inbox(reporter)).nodes;
    expect(told).toMatchObject({ kind: 'REPORT_RESOLVED', title: '感谢你的举报', body: '版主已审核，该内容未违反规则。' });
    expect(JSON.stringify(told)).not.toContain(moderator.user.displayName);
  });

  it('tells a suspended person of the suspension (and mails it), and nothing else while it lasts', async () => {
    const customer = await t.createUser({ email: `suspended.${Date.now()}@example.com` });
    const story = await approved(customer);
    await ok(SUSPEND, { userId: customer.user.id, reason: 'spam links' }, moderator);
    await ok(COMMENT, { storyId: story.id, body: 'hello?' }, await t.createUser());

    const told = (await inbox(customer)).nodes;
    expect(told.map((n: any) => n.kind)).toEqual(['ACCOUNT_SUSPENDED']);
    expect(told[0].body).toContain('spam links');
    const mail = await waitFor(async () => (await outboxMails(t.dataDir)).find((m) => m.to === customer.user.email));
    expect(mail.subject).toBe('你的账号已被暂停');
  });

  it('tells each winner once when results are final, with the claim link and deadline, and mails it', async () => {
    const winner = await t.createUser({ email: `winner.${Date.now()}@example.com` });
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id, startsAt: new Date(Date.now() - 10 * 86_400_000) });
    await ok(`mutation ($campaignId: ID!, $input: PrizeInput!) { addPrize(campaignId: $campaignId, input: $input) { id } }`,
      { campaignId: campaign.id, input: { name: '保温杯', quantity: 1, method: 'RANK' } }, staff);
    const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: winner.user.id, title: '我的保温杯', publishedAt: new Date(Date.now() - 5 * 86_400_000) });
    // Likes count when made before the end (by accounts made before it).
    await buildLikes(t.dataSource, story, (await buildUsers(t.dataSource, 3, `prize-${Date.now()}`)).map((u) => u.id), { createdAt: new Date(Date.now() - 2 * 86_400_000) });
    await t.dataSource.query(`UPDATE campaigns SET ends_at = now() - interval '1 hour' WHERE id = $1`, [campaign.id]);
    await ok(`mutation ($campaignId: ID!) { drawWinners(campaignId: $campaignId) { finalizedAt } }`, { campaignId: campaign.id }, staff);
    expect((await inbox(winner)).nodes).toEqual([]); // a draft tells nobody
    await ok(`mutation ($campaignId: ID!) { finalizeResults(campaignId: $campaignId) { finalizedAt } }`, { campaignId: campaign.id }, staff);

    const told = (await inbox(winner)).nodes;
    expect(told).toEqual([expect.objectContaining({ kind: 'PRIZE_WON', title: '你获奖了：保温杯', link: `/c/${campaign.slug}/results`, story: { id: story.id } })]);
    expect(told[0].body).toMatch(/我的保温杯.*前领取/);
    const mail = await waitFor(async () => (await outboxMails(t.dataDir)).find((m) => m.to === winner.user.email));
    expect(mail.text).toContain(`/c/${campaign.slug}/results`);
  });

  it('tells a deleted account nothing', async () => {
    const gone = await t.createUser();
    const story = await approved(gone);
    await t.dataSource.query(`UPDATE users SET deleted_at = now() WHERE id = $1`, [gone.user.id]);
    await ok(COMMENT, { storyId: story.id, body: 'anyone there?' }, await t.createUser());
    expect(await t.dataSource.query(`SELECT id FROM notifications WHERE recipient_id = $1`, [gone.user.id])).toEqual([]);
  });

  it('tells an author of 10 and then 50 likes, once each, however the likes arrive', async () => {
    const author = await t.createUser();
    const story = await approved(author);
    const crowd = (await buildUsers(t.dataSource, 60, `milestone-${Date.now()}`)).map((u) => u.id);
    const settle = async () => {
      await t.app.get(FeedRanking).rollUpChanged();
      await t.app.get(LikeMilestones).tellReached();
    };
    await buildLikes(t.dataSource, story, crowd.slice(0, 9));
    await settle();
    expect((await inbox(author)).nodes).toEqual([]);
    await buildLikes(t.dataSource, story, crowd.slice(9, 12));
    await settle();
    await settle();
    expect((await inbox(author)).nodes.map((n: any) => n.title)).toEqual(['获得 10 个赞！']);
    await buildLikes(t.dataSource, story, crowd.slice(12, 60));
    await settle();
    expect((await inbox(author)).nodes.map((n: any) => n.title)).toEqual(['获得 50 个赞！', '获得 10 个赞！']);
  });

  it('arrives live over the websocket, to the recipient only', async () => {
    const author = await t.createUser();
    const other = await t.createUser();
    const mine = openSocket(t, author);
    const theirs = openSocket(t, other);
    try {
      const live = mine.subscribe(LIVE);
      const notLive = theirs.subscribe(LIVE);
      // The subscription is set up once a first event could reach it: retry the trigger until it does.
      await waitFor(async () => {
        if (!live.results.length) await ok(MODERATE, { id: (await pending(author)).id, decision: 'APPROVE' }, moderator);
        return live.results.length > 0;
      });
      expect(live.results[0].data!.notificationAdded).toMatchObject({ kind: 'STORY_APPROVED', title: '你的故事已上线' });
      expect(notLive.results).toEqual([]);
    } finally {
      await mine.dispose();
      await theirs.dispose();
    }
  });

  it('resumes after a reconnect: what arrived meanwhile comes first, in order, once', async () => {
    const author = await t.createUser();
    const stories = await Promise.all(Array.from({ length: 4 }, () => pending(author)));
    await ok(MODERATE, { id: stories[0].id, decision: 'APPROVE' }, moderator);
    const [seen] = (await inbox(author)).nodes;
    for (const story of stories.slice(1)) await ok(MODERATE, { id: story.id, decision: 'APPROVE' }, moderator);
    const missed = (await inbox(author)).nodes.slice(0, 3).map((n: any) => n.id).reverse();

    const socket = openSocket(t, author);
    try {
      const resumed = socket.subscribe(`subscription ($after: ID) { notificationAdded(after: $after) { id } }`, { after: seen.id });
      await waitFor(() => resumed.results.length >= 3);
      expect(resumed.results.map((r) => r.data!.notificationAdded.id)).toEqual(missed);
    } finally {
      await socket.dispose();
    }
  });
});

describe('notification mail over SMTP', () => {
  let t: TestApp;
  let smtp: SmtpInbox;

  beforeAll(async () => {
    smtp = await startSmtpInbox();
    t = await startTestApp({ env: { SMTP_URL: smtp.url, MAIL_FROM: '"Brand campaigns" <campaigns@brand.example>', PUBLIC_URL: 'https://ugc.brand.example' } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends through the SMTP server, retrying when it answers "try again later", and writes no outbox file', async () => {
    const staff = await t.createUser({ role: Role.BRAND_STAFF });
    const moderator = await t.createUser({ role: Role.MODERATOR });
    const author = await t.createUser({ email: `smtp.${Date.now()}@example.com` });
    const campaignId = (await buildCampaign(t.dataSource, { createdById: staff.user.id })).id;
    const story = await buildStory(t.dataSource, { campaignId, authorId: author.user.id });
    expect((await t.gql(SETTINGS, { input: { language: 'en' } }, author)).errors).toBeUndefined();

    smtp.failNext(1);
    const removed = await t.gql(MODERATE, { id: story.id, decision: 'REMOVE', reason: 'Not your own photo' }, moderator);
    expect(removed.errors).toBeUndefined();
    const mail = await waitFor(() => smtp.mails.find((m) => m.to === author.user.email), { timeout: 30_000, what: 'the removal mail over SMTP' });
    expect(mail.subject).toBe('Your story was removed');
    expect(mail.text).toContain('Not your own photo');
    expect(mail.text).toContain(`https://ugc.brand.example/stories/${story.id}`);
    expect(String(mail.header('list-unsubscribe'))).toContain('https://ugc.brand.example/mail/unsubscribe?');
    expect(smtp.mails.filter((m) => m.to === author.user.email)).toHaveLength(1);
    expect(await outboxMails(t.dataDir)).toEqual([]);
  });
});
