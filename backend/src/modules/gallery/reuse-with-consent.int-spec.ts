import { DomainEvent, DomainEvents } from '../../core/events/domain-events';
import { buildCampaign, buildLikes, buildReadyPhoto, buildStory, buildUsers } from '../../testing/builders';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { Role } from '../accounts/role.enum';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { StoryStatus } from '../stories/story-status.enum';
import { StoryEntity } from '../stories/story.entity';

const SHOP = 'https://shop.example.test';
const ALL = ['COMMUNITY', 'BRAND_CHANNELS', 'PRODUCT_PAGES', 'ADVERTISING'];

const SUBMIT = `mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { id usageScopes usageRightsGranted usageRightsHistory { granted scopes at } } }`;
const SET_SCOPES = `mutation ($id: ID!, $scopes: [UsageScope!]!) { setUsageScopes(storyId: $id, scopes: $scopes) { id usageScopes usageRightsGranted } }`;
const SET_RIGHTS = `mutation ($id: ID!, $granted: Boolean!) { setUsageRights(storyId: $id, granted: $granted) { usageScopes } }`;
const STORY = `query ($id: ID!) { story(id: $id) { usageScopes products { sku name url } usageRightsHistory { granted scopes } } }`;
const TAG = `mutation ($id: ID!, $products: [ProductTagInput!]!) { tagProducts(storyId: $id, products: $products) { id products { sku name url } } }`;
const SET_PRODUCTS = `mutation ($id: ID!, $products: [ProductTagInput!]!) { setCampaignProducts(campaignId: $id, products: $products) { id products { sku name url } } }`;

describe.each(DATABASES)('reuse with consent: scopes, product tags and the gallery, on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;
  let author: TestUser;
  let moderator: TestUser;
  const events: DomainEvent[] = [];

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres, env: { GALLERY_EMBED_ORIGINS: SHOP, GALLERY_CACHE_SECONDS: '30' } });
    [staff, author, moderator] = await Promise.all([
      t.createUser({ role: Role.BRAND_STAFF }),
      t.createUser({ displayName: '小林' }),
      t.createUser({ role: Role.MODERATOR }),
    ]);
    t.app.get(DomainEvents).observe(async (event) => void events.push(event));
  });
  afterAll(() => t.close());

  const campaign = (overrides: Partial<CampaignEntity> = {}) => buildCampaign(t.dataSource, { createdById: staff.user.id, requiresModeration: false, ...overrides });
  /** A public story with a finished photo and the given scopes (as if granted at submit). */
  const galleryStory = async (campaignId: string, scopes: string[], overrides: Partial<StoryEntity> = {}) => {
    const story = await buildStory(t.dataSource, { campaignId, authorId: author.user.id, usageScopes: scopes, usageRightsGranted: scopes.length > 1, ...overrides });
    await buildReadyPhoto(t.dataSource, story);
    return story;
  };
  const gallery = (query: string, headers: Record<string, string> = {}) => fetch(`${t.baseUrl}/api/gallery?${query}`, { headers });

  describe('scoped consent', () => {
    it('records what the submit form granted, per scope, with grantUsageRights: true meaning every scope', async () => {
      const { id: campaignId } = await campaign();
      const submit = (extra: Record<string, unknown>) =>
        t.gql(SUBMIT, { input: { campaignId, title: '我的杯子', body: '每天早上用它喝咖啡。', photoIds: [], grantUsageRights: false, ...extra } }, author);

      const everything = (await submit({ grantUsageRights: true })).data!.submitStory;
      expect(everything.usageScopes).toEqual(ALL);
      expect(everything.usageRightsHistory).toEqual([{ granted: true, scopes: ALL, at: expect.any(String) }]);

      const some = (await submit({ grantUsageRights: true, usageScopes: ['PRODUCT_PAGES'] })).data!.submitStory;
      expect(some.usageScopes).toEqual(['COMMUNITY', 'PRODUCT_PAGES']);
      expect(some.usageRightsGranted).toBe(true);

      const none = (await submit({})).data!.submitStory;
      expect(none).toMatchObject({ usageScopes: ['COMMUNITY'], usageRightsGranted: false, usageRightsHistory: [] });
      expect(events).toContainEqual({ type: 'rights.granted', campaignId, storyId: some.id, authorId: author.user.id, scopes: ['PRODUCT_PAGES'] });
    });

    it('lets only the author grant and withdraw scopes one by one, keeps COMMUNITY, and says each change', async () => {
      const { id: campaignId } = await campaign();
      const story = await galleryStory(campaignId, ['COMMUNITY', 'BRAND_CHANNELS']);

      const granted = await t.gql(SET_SCOPES, { id: story.id, scopes: ['PRODUCT_PAGES', 'ADVERTISING'] }, author);
      expect(granted.data!.setUsageScopes).toMatchObject({ usageScopes: ['COMMUNITY', 'PRODUCT_PAGES', 'ADVERTISING'], usageRightsGranted: true });
      const about = { campaignId, storyId: story.id, authorId: author.user.id };
      expect(events).toContainEqual({ type: 'rights.granted', ...about, scopes: ['PRODUCT_PAGES', 'ADVERTISING'] });
      expect(events).toContainEqual({ type: 'rights.revoked', ...about, scopes: ['BRAND_CHANNELS'] });

      const withdrawn = await t.gql(SET_SCOPES, { id: story.id, scopes: [] }, author);
      expect(withdrawn.data!.setUsageScopes).toMatchObject({ usageScopes: ['COMMUNITY'], usageRightsGranted: false });
      expect(events).toContainEqual({ type: 'rights.revoked', ...about, scopes: ['PRODUCT_PAGES', 'ADVERTISING'] });
      // The older all-or-nothing mutation still works, as every scope.
      expect((await t.gql(SET_RIGHTS, { id: story.id, granted: true }, author)).data!.setUsageRights.usageScopes).toEqual(ALL);

      expect(codeOf(await t.gql(SET_SCOPES, { id: story.id, scopes: [] }, staff))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(SET_SCOPES, { id: story.id, scopes: [] }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(SET_SCOPES, { id: story.id, scopes: ['EVERYWHERE'] }, author))).toBe('BAD_USER_INPUT');

      const history = (await t.gql(STORY, { id: story.id }, author)).data!.story.usageRightsHistory;
      expect(history.map((entry: { scopes: string[] }) => entry.scopes)).toEqual([
        ['COMMUNITY', 'PRODUCT_PAGES', 'ADVERTISING'],
        ['COMMUNITY'],
        ALL,
      ]);
    });

    it('shows the whole consent to the author and staff, and to others only what galleries show', async () => {
      const { id: campaignId } = await campaign();
      const story = await galleryStory(campaignId, ALL);
      for (const who of [author, staff, moderator]) expect((await t.gql(STORY, { id: story.id }, who)).data!.story.usageScopes).toEqual(ALL);
      expect((await t.gql(STORY, { id: story.id })).data!.story).toMatchObject({ usageScopes: ['COMMUNITY', 'PRODUCT_PAGES'], usageRightsHistory: null });
    });

    it('exports only consented stories, narrowed to one scope on request, with the scopes in a column', async () => {
      const { id: campaignId } = await campaign();
      const ads = await galleryStory(campaignId, ['COMMUNITY', 'ADVERTISING']);
      const pages = await galleryStory(campaignId, ['COMMUNITY', 'PRODUCT_PAGES']);
      const none = await galleryStory(campaignId, ['COMMUNITY']);
      const csv = (query = '') =>
        fetch(`${t.baseUrl}/exports/campaigns/${campaignId}/stories.csv${query}`, { headers: { authorization: `Bearer ${staff.token}` } }).then((res) => res.text());

      const all = await csv();
      expect(all).toContain('usage_scopes');
      expect(all).toContain(ads.id);
      expect(all).toContain(pages.id);
      expect(all).not.toContain(none.id);
      const forAds = await csv('?scope=ADVERTISING');
      expect(forAds).toContain(ads.id);
      expect(forAds).not.toContain(pages.id);

      await t.gql(SET_SCOPES, { id: ads.id, scopes: [] }, author);
      expect(await csv()).not.toContain(ads.id);
      const refused = await fetch(`${t.baseUrl}/exports/campaigns/${campaignId}/stories.csv?scope=COMMUNITY`, { headers: { authorization: `Bearer ${staff.token}` } });
      expect(refused.status).toBe(400);
    });
  });

  describe('product tags', () => {
    it("tags APPROVED stories from the campaign's list or with free SKUs, for brand staff only", async () => {
      const { id: campaignId } = await campaign();
      const listed = await t.gql(SET_PRODUCTS, { id: campaignId, products: [{ sku: 'MUG-01', name: '手作陶瓷杯', url: 'https://shop.example.test/item/1' }] }, staff);
      expect(listed.data!.setCampaignProducts.products).toEqual([{ sku: 'MUG-01', name: '手作陶瓷杯', url: 'https://shop.example.test/item/1' }]);

      const story = await galleryStory(campaignId, ALL);
      const tagged = await t.gql(TAG, { id: story.id, products: [{ sku: 'MUG-01' }, { sku: '6543210', name: '木托盘' }] }, staff);
      expect(tagged.data!.tagProducts.products).toEqual([
        { sku: 'MUG-01', name: '手作陶瓷杯', url: 'https://shop.example.test/item/1' },
        { sku: '6543210', name: '木托盘', url: null },
      ]);
      expect((await t.gql(STORY, { id: story.id })).data!.story.products).toHaveLength(2);
      // Replacing the list.
      expect((await t.gql(TAG, { id: story.id, products: [{ sku: 'MUG-01' }] }, staff)).data!.tagProducts.products).toHaveLength(1);

      expect(codeOf(await t.gql(TAG, { id: story.id, products: [{ sku: 'NOT-LISTED' }] }, staff))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(TAG, { id: story.id, products: [{ sku: 'bad sku!', name: 'x' }] }, staff))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(TAG, { id: story.id, products: [{ sku: 'A', name: 'x' }, { sku: 'A', name: 'y' }] }, staff))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(TAG, { id: story.id, products: [{ sku: 'B', name: 'x', url: 'javascript:alert(1)' }] }, staff))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(TAG, { id: story.id, products: [] }, author))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(SET_PRODUCTS, { id: campaignId, products: [] }, author))).toBe('FORBIDDEN');

      const pending = await buildStory(t.dataSource, { campaignId, authorId: author.user.id, status: StoryStatus.PENDING });
      // Brand staff do not see stories under review at all; an admin does, and still cannot tag one.
      expect(codeOf(await t.gql(TAG, { id: pending.id, products: [{ sku: 'MUG-01' }] }, staff))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(TAG, { id: pending.id, products: [{ sku: 'MUG-01' }] }, await t.createUser({ role: Role.ADMIN })))).toBe('BAD_USER_INPUT');
    });
  });

  describe('the gallery', () => {
    it('lists only PRODUCT_PAGES stories that are public, by unsuspended authors, featured first, then most liked', async () => {
      const { id: campaignId, slug } = await campaign();
      const liked = await galleryStory(campaignId, ALL);
      await buildLikes(t.dataSource, liked, (await buildUsers(t.dataSource, 3)).map((u) => u.id));
      await t.dataSource.query(`UPDATE stories SET like_count = 3 WHERE id = $1`, [liked.id]);
      const featured = await galleryStory(campaignId, ['COMMUNITY', 'PRODUCT_PAGES'], { featuredAt: new Date() });
      const plain = await galleryStory(campaignId, ['COMMUNITY', 'PRODUCT_PAGES']);
      const adsOnly = await galleryStory(campaignId, ['COMMUNITY', 'ADVERTISING']);
      const removed = await galleryStory(campaignId, ALL, { status: StoryStatus.REMOVED });
      const suspended = await t.createUser();
      await t.dataSource.query(`UPDATE users SET suspended_until = now() + interval '1 day' WHERE id = $1`, [suspended.user.id]);
      const bySuspended = await galleryStory(campaignId, ALL, { authorId: suspended.user.id });
      const withoutPhoto = await buildStory(t.dataSource, { campaignId, authorId: author.user.id, usageScopes: ALL, usageRightsGranted: true });

      const res = await gallery(`campaign=${slug}`);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.items.map((item: { id: string }) => item.id)).toEqual([featured.id, liked.id, plain.id]);
      const ids = body.items.map((item: { id: string }) => item.id);
      for (const hidden of [adsOnly, removed, bySuspended, withoutPhoto]) expect(ids).not.toContain(hidden.id);
      expect(body.items[0]).toMatchObject({ featured: true, author: '小林', url: expect.stringMatching(new RegExp(`/stories/${featured.id}$`)) });
      expect(body.items[1].image.srcset).toMatch(/ 480w, .* 1600w$/);
    });

    it('narrows to a SKU', async () => {
      const { id: campaignId, slug } = await campaign();
      const mug = await galleryStory(campaignId, ALL);
      await galleryStory(campaignId, ALL);
      await t.gql(TAG, { id: mug.id, products: [{ sku: 'MUG-01', name: '杯子' }] }, staff);
      const body = await (await gallery(`campaign=${slug}&sku=MUG-01`)).json();
      expect(body.items.map((item: { id: string }) => item.id)).toEqual([mug.id]);
      expect(body.items[0].products).toEqual([{ sku: 'MUG-01', name: '杯子', url: null }]);
    });

    it('is cacheable for at most 50 s, revalidates by ETag, and drops a withdrawn story on the next revalidation', async () => {
      const { id: campaignId, slug } = await campaign();
      const story = await galleryStory(campaignId, ALL);
      const first = await gallery(`campaign=${slug}`);
      const cacheControl = first.headers.get('cache-control')!;
      expect(cacheControl).toMatch(/public/);
      const maxAge = Number(/max-age=(\d+)/.exec(cacheControl)![1]);
      expect(maxAge).toBeGreaterThan(0);
      expect(maxAge).toBeLessThanOrEqual(50);
      const etag = first.headers.get('etag')!;
      expect(etag).toBeTruthy();
      expect((await gallery(`campaign=${slug}`, { 'if-none-match': etag })).status).toBe(304);

      await t.gql(SET_SCOPES, { id: story.id, scopes: ['BRAND_CHANNELS'] }, author);
      const after = await gallery(`campaign=${slug}`, { 'if-none-match': etag });
      expect(after.status).toBe(200);
      expect((await after.json()).items).toEqual([]);
    });

    it('lets the JSON be read by the allowed shops only', async () => {
      const { slug } = await campaign();
      expect((await gallery(`campaign=${slug}`, { origin: SHOP })).headers.get('access-control-allow-origin')).toBe(SHOP);
      expect((await gallery(`campaign=${slug}`, { origin: 'https://elsewhere.example' })).headers.get('access-control-allow-origin')).toBeNull();
    });

    it('serves a small embeddable page that only the allowed shops may frame, in either language', async () => {
      const { id: campaignId, slug } = await campaign({ title: '清凉一夏' });
      for (let i = 0; i < 12; i++) await galleryStory(campaignId, ALL, { title: `夏天的饮料 ${i} <b>` });
      const res = await fetch(`${t.baseUrl}/embed/gallery?campaign=${slug}&layout=carousel&lang=en`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toMatch(new RegExp(`frame-ancestors 'self' ${SHOP}(;|$)`));
      expect(csp).toMatch(/script-src 'sha256-/);
      expect(res.headers.get('x-frame-options')).toBeNull();
      const html = await res.text();
      expect(Buffer.byteLength(html)).toBeLessThan(30 * 1024);
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('loading="lazy"');
      expect(html).toMatch(/srcset="[^"]+ 480w, [^"]+ 1600w"/);
      expect(html).toContain('夏天的饮料 0 &lt;b&gt;');
      expect(html).not.toContain('<b>');
      expect(html).toContain('Shared by customers in “清凉一夏”');
      expect(html).toContain('<script>');

      const chinese = await (await fetch(`${t.baseUrl}/embed/gallery?campaign=${slug}`)).text();
      expect(chinese).toContain('<html lang="zh-CN">');
      expect(chinese).not.toContain('<script>'); // the grid needs no script
    });

    it('answers bad parameters with 400 and an unknown or unpublished campaign with 404', async () => {
      expect((await gallery('campaign=Bad Slug')).status).toBe(400);
      expect((await gallery('campaign=abc&layout=masonry')).status).toBe(400);
      expect((await gallery('campaign=abc&lang=fr')).status).toBe(400);
      expect((await gallery('campaign=abc&sku=%3Cscript%3E')).status).toBe(400);
      expect((await gallery('campaign=abc&limit=1000')).status).toBe(400);
      expect((await gallery('campaign=no-such-campaign')).status).toBe(404);
      const draft = await campaign({ published: false });
      expect((await gallery(`campaign=${draft.slug}`)).status).toBe(404);
      expect((await fetch(`${t.baseUrl}/embed/gallery?campaign=${draft.slug}`)).status).toBe(404);
    });
  });
});
