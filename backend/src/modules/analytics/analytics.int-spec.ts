import request from 'supertest';
import { Role } from '../accounts/role.enum';
import { StoryStatus } from '../stories/story-status.enum';
import { buildCampaign, buildStory } from '../../testing/builders';
import { codeOf, DATABASES, sharedTestApp, TestApp, TestUser } from '../../testing/test-app';

const STATS = `query ($id: ID!) { campaignStats(campaignId: $id) {
  campaign { id } storyCount approvedStoryCount pendingStoryCount participantCount likeCount commentCount
  usageRightsGrantedCount engagementPerApprovedStory
  funnel { participants submitted approved usageRightsGranted featured }
  topHashtags { tag stories }
  daily { date stories likes comments } } }`;
const LIKE = `mutation ($id: ID!) { likeStory(storyId: $id) { id likeCount } }`;
const COMMENT = `mutation ($id: ID!, $body: String!) { addComment(storyId: $id, body: $body) { id } }`;
const DAY = 86_400_000;

describe.each(DATABASES)('campaign analytics on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await sharedTestApp({ onRealPostgres });
  });

  it('counts a scenario whose true values are known, and agrees with the feeds', async () => {
    const brand = await t.createUser({ role: Role.BRAND_STAFF });
    const [amy, bo, cai, dee] = await Promise.all([0, 1, 2, 3].map(() => t.createUser()));
    const today = new Date();
    const campaign = await buildCampaign(t.dataSource, {
      createdById: brand.user.id,
      startsAt: new Date(today.getTime() - 2 * DAY),
      endsAt: new Date(today.getTime() + 5 * DAY),
    });
    const story = (author: TestUser, status: StoryStatus, extra: object = {}) =>
      buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id, status, ...extra });
    const s1 = await story(amy, StoryStatus.APPROVED, { body: 'My lamp #我的生活小物# and #Cozy', usageRightsGranted: true, usageRightsGrantedAt: new Date() });
    const s2 = await story(amy, StoryStatus.APPROVED, { body: 'Tea time #cozy', featuredAt: new Date() });
    const s3 = await story(bo, StoryStatus.APPROVED, { body: '清凉一夏 #我的生活小物', usageRightsGranted: true, usageRightsGrantedAt: new Date() });
    await story(cai, StoryStatus.PENDING, { body: '#cozy pending, not counted in hashtags' });
    await story(cai, StoryStatus.REJECTED);
    const deleted = await story(dee, StoryStatus.APPROVED, { deletedAt: new Date() });
    expect(deleted.deletedAt).not.toBeNull();

    // 3 likes on s1, 1 on s2, 2 on s3.
    for (const [liker, target] of [[bo, s1], [cai, s1], [dee, s1], [bo, s2], [amy, s3], [cai, s3]] as const) {
      expect((await t.gql(LIKE, { id: target.id }, liker)).errors).toBeUndefined();
    }
    // A like from a ring a moderator then voids counts nowhere: not on the card, not here.
    const ring = await t.createUser();
    await t.gql(LIKE, { id: s2.id }, ring);
    const voided = await t.gql(`mutation ($id: ID!) { voidLikesOf(userId: $id, reason: "like ring") }`, { id: ring.user.id }, await t.createUser({ role: Role.MODERATOR }));
    expect(voided.data).toEqual({ voidLikesOf: 1 });
    // Comments: 2 visible on s1, one of them later deleted by its author; 1 on s3.
    const c1 = await t.gql(COMMENT, { id: s1.id, body: 'So cosy!' }, bo);
    await t.gql(COMMENT, { id: s1.id, body: '好温馨' }, cai);
    await t.gql(COMMENT, { id: s3.id, body: 'Nice' }, dee);
    await t.gql(`mutation ($id: ID!) { deleteComment(id: $id) }`, { id: c1.data!.addComment.id }, bo);
    // One like given yesterday (UTC) for the daily series.
    await t.dataSource.query(`UPDATE story_likes SET created_at = now() - interval '1 day' WHERE story_id = $1 AND user_id = $2`, [s2.id, bo.user.id]);

    const result = await t.gql(STATS, { id: campaign.id }, brand);
    expect(result.errors).toBeUndefined();
    const stats = result.data!.campaignStats;
    expect(stats).toMatchObject({
      storyCount: 5,
      approvedStoryCount: 3,
      pendingStoryCount: 1,
      participantCount: 3,
      likeCount: 6,
      commentCount: 2,
      usageRightsGrantedCount: 2,
      engagementPerApprovedStory: 2.67,
      funnel: { participants: 3, submitted: 5, approved: 3, usageRightsGranted: 2, featured: 1 },
    });
    expect(stats.topHashtags).toEqual([
      { tag: 'cozy', stories: 2 },
      { tag: '我的生活小物', stories: 2 },
    ]);
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const byDate = Object.fromEntries(stats.daily.map((d: { date: string }) => [d.date, d]));
    expect(stats.daily.length).toBeGreaterThanOrEqual(3);
    expect(byDate[iso(today)]).toMatchObject({ stories: 5, likes: 5, comments: 2 });
    expect(byDate[iso(new Date(today.getTime() - DAY))]).toMatchObject({ stories: 0, likes: 1, comments: 0 });

    // The same totals the feed shows, story by story.
    const feed = await t.gql(`query ($id: ID!) { feed(campaignId: $id, sort: NEW, first: 50) { nodes { likeCount commentCount } } }`, { id: campaign.id });
    const nodes: { likeCount: number; commentCount: number }[] = feed.data!.feed.nodes;
    expect(nodes.reduce((sum, n) => sum + n.likeCount, 0)).toBe(stats.likeCount);
    expect(nodes.reduce((sum, n) => sum + n.commentCount, 0)).toBe(stats.commentCount);
  });

  it('is for brand staff and admins only', async () => {
    const brand = await t.createUser({ role: Role.BRAND_STAFF });
    const campaign = await buildCampaign(t.dataSource, { createdById: brand.user.id });
    for (const role of [Role.CUSTOMER, Role.MODERATOR]) {
      expect(codeOf(await t.gql(STATS, { id: campaign.id }, await t.createUser({ role })))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(STATS, { id: campaign.id }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(STATS, { id: campaign.id }, await t.createUser({ role: Role.ADMIN }))).errors).toBeUndefined();
    expect(codeOf(await t.gql(STATS, { id: '00000000-0000-4000-8000-000000000000' }, brand))).toBe('NOT_FOUND');
  });
});

describe('the stories export', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The PGlite app of the analytics above: every test here makes a campaign of its own.
    t = await sharedTestApp();
  });

  const csv = (campaignId: string, as?: TestUser, include?: string) => {
    const req = request(t.baseUrl).get(`/exports/campaigns/${campaignId}/stories.csv${include ? `?include=${include}` : ''}`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    return as ? req.set('authorization', `Bearer ${as.token}`) : req;
  };

  it('answers 401 without a token and 403 for people who are not brand staff', async () => {
    const brand = await t.createUser({ role: Role.BRAND_STAFF });
    const campaign = await buildCampaign(t.dataSource, { createdById: brand.user.id });
    expect((await csv(campaign.id)).status).toBe(401);
    expect((await csv(campaign.id, await t.createUser())).status).toBe(403);
    expect((await csv(campaign.id, await t.createUser({ role: Role.MODERATOR }))).status).toBe(403);
    expect((await csv(campaign.id, brand)).status).toBe(200);
  });

  it('writes RFC 4180 CSV with a BOM, Chinese intact, quoting and formulas neutralised on every line', async () => {
    const brand = await t.createUser({ role: Role.BRAND_STAFF });
    const author = await t.createUser({ displayName: '林美 "Mei"' });
    const campaign = await buildCampaign(t.dataSource, { createdById: brand.user.id });
    const base = Date.now() - 60_000;
    const titles = ['=HYPERLINK("http://evil")', '+1 great', '-2 less', '@SUM(A1)', '\tTabbed', '我的台灯, "温暖"\n第二行', 'line one\n=cmd|\' /C calc\'!A0', 'bare\rcarriage'];
    for (const [i, title] of titles.entries()) {
      await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id, title, publishedAt: new Date(base + i * 1000), usageRightsGranted: true, usageRightsGrantedAt: new Date(base) });
    }
    await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id, status: StoryStatus.PENDING, title: 'not exported', usageRightsGranted: true, usageRightsGrantedAt: new Date(base) });
    const [withPhoto] = await t.dataSource.query(`SELECT id FROM stories WHERE campaign_id = $1 AND title = '+1 great'`, [campaign.id]);
    for (const [position, key] of ['photos/p1/abc-display.jpg', 'photos/p2/def-display.jpg'].entries()) {
      await t.dataSource.query(
        `INSERT INTO photos (owner_id, story_id, position, status, declared_content_type, declared_byte_size, original_filename, content_type, display_key)
         VALUES ($1, $2, $3, 'READY', 'image/jpeg', 10, 'a.jpg', 'image/jpeg', $4)`,
        [author.user.id, withPhoto.id, position, key],
      );
    }

    const res = await csv(campaign.id, brand);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const body: Buffer = res.body;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.subarray(3).toString('utf8');
    const header = text.split('\r\n')[0];
    expect(header).toBe(
      'story_id,title,text,author,published_at_utc,published_at_local (Asia/Shanghai),likes,comments,featured,usage_rights_granted,usage_scopes,' +
        'usage_rights_granted_at_utc,usage_rights_granted_at_local (Asia/Shanghai),' + Array.from({ length: 9 }, (_, i) => `photo_${i + 1}`).join(','),
    );
    expect(text).not.toContain('not exported');
    expect(text).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(text).toContain(`,'+1 great,`);
    expect(text).toContain(`,'-2 less,`);
    expect(text).toContain(`,'@SUM(A1),`);
    expect(text).toContain(`,'\tTabbed,`);
    expect(text).toContain(`,"我的台灯, ""温暖""\n第二行",`);
    expect(text).toContain(`,"林美 ""Mei""",`);
    // A formula on the second line of a cell is neutralised too, and the cell is quoted.
    expect(text).toContain(`,"line one\n'=cmd|' /C calc'!A0",`);
    expect(text).toContain(`,"bare\rcarriage",`);
    // Local time in the campaign's zone beside UTC: Shanghai is UTC+8.
    const row = text.split('\r\n').find((line) => line.includes("'+1 great"))!;
    const utc = /,(\d{4}-\d\d-\d\dT[^,]+Z),(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),/.exec(row)!;
    expect(Math.floor((new Date(utc[1]).getTime() + 8 * 3600_000) / 1000)).toBe(new Date(`${utc[2].replace(' ', 'T')}Z`).getTime() / 1000);
    // One photo per column, absolute so that the links work from the spreadsheet.
    expect(row).toContain(`,${t.baseUrl}/media/photos/p1/abc-display.jpg,${t.baseUrl}/media/photos/p2/def-display.jpg,,`);
  });

  it('exports only stories whose authors granted usage rights, unless the brand asks for all', async () => {
    const brand = await t.createUser({ role: Role.BRAND_STAFF });
    const author = await t.createUser();
    const campaign = await buildCampaign(t.dataSource, { createdById: brand.user.id });
    await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id, title: 'granted', usageRightsGranted: true, usageRightsGrantedAt: new Date() });
    await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id, title: 'not granted' });
    const consented = (await csv(campaign.id, brand)).body.toString('utf8');
    expect(consented).toContain(',granted,');
    expect(consented).not.toContain('not granted');
    const all = await csv(campaign.id, brand, 'all');
    expect(all.body.toString('utf8')).toContain(',not granted,');
    expect((await csv(campaign.id, brand, 'everything')).status).toBe(400);
  });

  it('streams a large export page by page', async () => {
    const brand = await t.createUser({ role: Role.BRAND_STAFF });
    const author = await t.createUser();
    const campaign = await buildCampaign(t.dataSource, { createdById: brand.user.id });
    await t.dataSource.query(
      `INSERT INTO stories (campaign_id, author_id, title, body, status, published_at, usage_rights_granted, usage_rights_granted_at)
       SELECT $1, $2, 'Story ' || n, 'body', 'APPROVED', now() - n * interval '1 second', true, now() FROM generate_series(1, 2500) AS n`,
      [campaign.id, author.user.id],
    );
    const res = await csv(campaign.id, brand);
    expect(res.status).toBe(200);
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers['content-length']).toBeUndefined();
    const rows = (res.body as Buffer).toString('utf8').trimEnd().split('\r\n');
    expect(rows).toHaveLength(2501);
    expect(new Set(rows.slice(1).map((row) => row.split(',')[0])).size).toBe(2500);
  });
});
