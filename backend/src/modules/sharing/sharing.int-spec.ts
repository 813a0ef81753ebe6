import { buildCampaign, buildStory } from '../../testing/builders';
import { DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { Role } from '../accounts/role.enum';
import { StoryStatus } from '../stories/story-status.enum';

const PUBLIC_URL = 'https://stories.example.test';
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';

const STORY_LINKS = `query ($id: ID!) { story(id: $id) { shareUrl posterUrl campaign { shareUrl posterUrl } } }`;
const STATS = `query ($id: ID!) { campaignStats(campaignId: $id) {
  referredVisits referredSignups referredStories topSharers { visits signups user { id displayName } } } }`;
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { user { id } } }`;

/** The tags a crawler reads, found in HTML fetched without running any script. */
function metaOf(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:name|property)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)">`).exec(html);
  return match?.[1];
}

describe.each(DATABASES)('sharing: links, previews and attribution, on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;
  let author: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres, env: { PUBLIC_URL } });
    [staff, author] = await Promise.all([t.createUser({ role: Role.BRAND_STAFF }), t.createUser({ displayName: '小林' })]);
  });
  afterAll(() => t.close());

  const page = (path: string, userAgent = PHONE, ip?: string) =>
    fetch(`${t.baseUrl}${path}`, { headers: { 'user-agent': userAgent, ...(ip ? { 'x-forwarded-for': ip } : {}) } });

  it('gives absolute share and poster links, carrying the signed-in sharer', async () => {
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id });
    const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id });

    const anonymous = await t.gql(STORY_LINKS, { id: story.id });
    expect(anonymous.data?.story).toEqual({
      shareUrl: `${PUBLIC_URL}/stories/${story.id}`,
      posterUrl: `${PUBLIC_URL}/posters/story/${story.id}.png`,
      campaign: { shareUrl: `${PUBLIC_URL}/c/${campaign.slug}`, posterUrl: `${PUBLIC_URL}/posters/campaign/${campaign.id}.png` },
    });
    const sharer = await t.createUser();
    const signedIn = await t.gql(STORY_LINKS, { id: story.id }, sharer);
    expect(signedIn.data?.story.shareUrl).toBe(`${PUBLIC_URL}/stories/${story.id}?ref=${sharer.user.id}`);
    expect(signedIn.data?.story.campaign.shareUrl).toBe(`${PUBLIC_URL}/c/${campaign.slug}?ref=${sharer.user.id}`);
  });

  it('answers a story page with its title, description and Open Graph tags, escaped, in the first HTML', async () => {
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id });
    const story = await buildStory(t.dataSource, {
      campaignId: campaign.id,
      authorId: author.user.id,
      title: '阳台的花 <script>alert("x")</script>',
      body: '早上好 🌸 & "good morning" #我的生活小物',
    });
    const res = await page(`/stories/${story.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<title>阳台的花 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; · 小林</title>');
    expect(metaOf(html, 'og:title')).toBe('阳台的花 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; · 小林');
    expect(metaOf(html, 'description')).toBe('早上好 🌸 &amp; &quot;good morning&quot; #我的生活小物');
    expect(metaOf(html, 'og:description')).toBe(metaOf(html, 'description'));
    expect(metaOf(html, 'og:type')).toBe('article');
    expect(metaOf(html, 'og:url')).toBe(`${PUBLIC_URL}/stories/${story.id}`);
    expect(metaOf(html, 'og:image')).toBe(`${PUBLIC_URL}/posters/story/${story.id}.png`);
    expect(Number(metaOf(html, 'og:image:width'))).toBeGreaterThanOrEqual(600);
    expect(metaOf(html, 'twitter:card')).toBe('summary_large_image');
    // The page is still the app's: one <title>, the tags inside <head>.
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.indexOf('og:title')).toBeLessThan(html.indexOf('</head>'));
  });

  it('answers the campaign page with the campaign, and a hidden or removed story with a neutral page', async () => {
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id, title: '清凉一夏', description: 'Cool summer things' });
    const campaignHtml = await (await page(`/c/${campaign.slug}`)).text();
    expect(metaOf(campaignHtml, 'og:title')).toBe('清凉一夏');
    expect(metaOf(campaignHtml, 'og:description')).toBe('Cool summer things');
    expect(metaOf(campaignHtml, 'og:url')).toBe(`${PUBLIC_URL}/c/${campaign.slug}`);
    // The app asks for the feed with this while it asks for the campaign.
    expect(campaignHtml).toContain(`<meta name="ugc:campaign-id" content="${campaign.id}">`);

    for (const status of [StoryStatus.REMOVED, StoryStatus.PENDING, StoryStatus.REJECTED]) {
      const hidden = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id, status, title: `秘密 ${status}`, body: 'not for crawlers' });
      const html = await (await page(`/stories/${hidden.id}`)).text();
      expect(html).not.toContain('秘密');
      expect(html).not.toContain('not for crawlers');
      expect(html).not.toContain('小林');
      expect(metaOf(html, 'og:image')).toBeUndefined();
    }
    const draft = await buildCampaign(t.dataSource, { createdById: staff.user.id, published: false, title: '未发布的活动' });
    expect(await (await page(`/c/${draft.slug}`)).text()).not.toContain('未发布的活动');
  });

  it('counts a visit through a shared link once per visitor and day, and credits the sign-up that follows', async () => {
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id });
    const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id });
    const sharer = await t.createUser({ displayName: '分享达人' });

    // The same phone three times, through the story and the campaign: one visit.
    await page(`/stories/${story.id}?ref=${sharer.user.id}`);
    await page(`/stories/${story.id}?ref=${sharer.user.id}`);
    await page(`/c/${campaign.slug}?ref=${sharer.user.id}`);
    // Another browser: a second visitor. A crawler fetching the preview and an unknown sharer: none.
    await page(`/stories/${story.id}?ref=${sharer.user.id}`, 'Mozilla/5.0 (Linux; Android 14) Chrome/130 Mobile');
    await page(`/stories/${story.id}?ref=${sharer.user.id}`, 'facebookexternalhit/1.1');
    await page(`/stories/${story.id}?ref=00000000-0000-4000-8000-000000000000`, 'Mozilla/5.0 (X11) Firefox/140');
    await page(`/stories/${story.id}?ref=not-an-id`, 'Mozilla/5.0 (X11) Firefox/141');

    // The first visitor signs up (same address and browser); an unrelated sign-up is not credited.
    const signup = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': PHONE },
      body: JSON.stringify({ query: REGISTER, variables: { input: { email: `fan${Date.now()}@example.com`, password: 'a long enough passphrase 2026', displayName: '新朋友' } } }),
    });
    const newUser = ((await signup.json()) as { data: { register: { user: { id: string } } } }).data.register.user;
    await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 (Macintosh) Safari/605' },
      body: JSON.stringify({ query: REGISTER, variables: { input: { email: `other${Date.now()}@example.com`, password: 'a long enough passphrase 2026', displayName: '路人' } } }),
    });
    await buildStory(t.dataSource, { campaignId: campaign.id, authorId: newUser.id });

    const stats = await t.gql(STATS, { id: campaign.id }, staff);
    expect(stats.errors).toBeUndefined();
    expect(stats.data?.campaignStats).toEqual({
      referredVisits: 2,
      referredSignups: 1,
      referredStories: 1,
      topSharers: [{ visits: 2, signups: 1, user: { id: sharer.user.id, displayName: '分享达人' } }],
    });
  });
});
