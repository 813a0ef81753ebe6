import { buildCampaign, buildStory } from '../../testing/builders';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { Role } from '../accounts/role.enum';
import { StoryStatus } from '../stories/story-status.enum';

const HOUR = 3600_000;
const CAMPAIGN_FIELDS = `id slug title description hashtag rules coverImageUrl startsAt endsAt status requiresModeration maxPhotosPerStory storyCount participantCount createdAt`;
const CREATE = `mutation ($input: CampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { ${CAMPAIGN_FIELDS} } }`;
const BY_ID = `query ($id: ID, $slug: String) { campaign(id: $id, slug: $slug) { id slug status storyCount participantCount } }`;
const LIST = `query ($status: CampaignStatus, $first: Int, $after: String) {
  campaigns(status: $status, first: $first, after: $after) { nodes { id slug status } pageInfo { endCursor hasNextPage } } }`;

let slugs = 0;
const uniqueSlug = (prefix = 'c') => `${prefix}-${Date.now().toString(36)}-${++slugs}`;

describe.each(DATABASES)('campaigns on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;
  let admin: TestUser;
  let moderator: TestUser;
  let customer: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
    [staff, admin, moderator, customer] = await Promise.all([
      t.createUser({ role: Role.BRAND_STAFF }),
      t.createUser({ role: Role.ADMIN }),
      t.createUser({ role: Role.MODERATOR }),
      t.createUser(),
    ]);
  });
  afterAll(() => t.close());


  const input = (overrides: Record<string, unknown> = {}) => ({
    slug: uniqueSlug(),
    title: '  我的生活小物 · My little life things  ',
    description: 'Share the small things of your daily life.',
    hashtag: '#我的生活小物',
    startsAt: new Date(Date.now() - HOUR).toISOString(),
    endsAt: new Date(Date.now() + 7 * 24 * HOUR).toISOString(),
    ...overrides,
  });

  describe('creating and updating', () => {
    it('lets BRAND_STAFF and ADMIN create a campaign, with the contract defaults, trimmed', async () => {
      for (const who of [staff, admin]) {
        const result = await t.gql(CREATE, { input: input() }, who);
        expect(result.errors).toBeUndefined();
        expect(result.data!.createCampaign).toMatchObject({
          title: '我的生活小物 · My little life things',
          status: 'ACTIVE',
          requiresModeration: true,
          maxPhotosPerStory: 9,
          storyCount: 0,
          participantCount: 0,
          coverImageUrl: null,
          rules: null,
        });
      }
    });

    it('refuses customers and moderators with FORBIDDEN, and anonymous callers with UNAUTHENTICATED', async () => {
      expect(codeOf(await t.gql(CREATE, { input: input() }, customer))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(CREATE, { input: input() }, moderator))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(CREATE, { input: input() }))).toBe('UNAUTHENTICATED');
      const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id });
      expect(codeOf(await t.gql(UPDATE, { id: campaign.id, input: { title: 'Mine now' } }, customer))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE, { id: campaign.id, input: { title: 'Mine now' } }, moderator))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE, { id: campaign.id, input: { title: 'Mine now' } }))).toBe('UNAUTHENTICATED');
    });

    it.each([
      ['too short', 'ab'],
      ['too long', 'a'.repeat(65)],
      ['with capitals', 'My-Campaign'],
      ['with a space', 'my campaign'],
      ['with an underscore', 'my_campaign'],
      ['in Chinese', '我的生活小物'],
    ])('refuses a slug %s with BAD_USER_INPUT', async (_, slug) => {
      const result = await t.gql(CREATE, { input: input({ slug }) }, staff);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe('slug');
    });

    it('accepts slugs of exactly 3 and 64 characters of a-z, 0-9 and -', async () => {
      const three = `${Date.now() % 10}-${slugs++ % 10}`;
      const sixtyFour = `${uniqueSlug('long')}-`.padEnd(64, 'x');
      expect((await t.gql(CREATE, { input: input({ slug: three }) }, staff)).data!.createCampaign.slug).toBe(three);
      expect((await t.gql(CREATE, { input: input({ slug: sixtyFour }) }, staff)).data!.createCampaign.slug).toBe(sixtyFour);
    });

    it('refuses a slug that is taken with CONFLICT', async () => {
      const slug = uniqueSlug('dup');
      expect((await t.gql(CREATE, { input: input({ slug }) }, staff)).errors).toBeUndefined();
      const again = await t.gql(CREATE, { input: input({ slug }) }, admin);
      expect(codeOf(again)).toBe('CONFLICT');
      expect(again.errors![0].extensions!.field).toBe('slug');
    });

    it('gives CONFLICT to exactly one of two simultaneous creations with one slug', async () => {
      const slug = uniqueSlug('race');
      const results = await Promise.all([t.gql(CREATE, { input: input({ slug }) }, staff), t.gql(CREATE, { input: input({ slug }) }, admin)]);
      expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    });

    it('refuses an end that is not after the start with BAD_USER_INPUT, on create and on update', async () => {
      const at = new Date(Date.now() + HOUR).toISOString();
      expect(codeOf(await t.gql(CREATE, { input: input({ startsAt: at, endsAt: at }) }, staff))).toBe('BAD_USER_INPUT');
      const before = new Date(Date.now() - 2 * HOUR).toISOString();
      expect(codeOf(await t.gql(CREATE, { input: input({ endsAt: before }) }, staff))).toBe('BAD_USER_INPUT');
      const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id });
      const update = await t.gql(UPDATE, { id: campaign.id, input: { endsAt: new Date(campaign.startsAt.getTime() - 1000).toISOString() } }, staff);
      expect(codeOf(update)).toBe('BAD_USER_INPUT');
      expect(update.errors![0].extensions!.field).toBe('endsAt');
    });

    it.each([
      ['a blank title', { title: '   ' }],
      ['a title over 120 characters', { title: '汉'.repeat(121) }],
      ['no photos allowed', { maxPhotosPerStory: 0 }],
      ['more than 20 photos', { maxPhotosPerStory: 21 }],
      ['a malformed date', { startsAt: 'tomorrow' }],
    ])('refuses %s with BAD_USER_INPUT', async (_, overrides) => {
      expect(codeOf(await t.gql(CREATE, { input: input(overrides) }, staff))).toBe('BAD_USER_INPUT');
    });

    it('updates only what is given; null clears the hashtag and rules', async () => {
      const created = (await t.gql(CREATE, { input: input({ rules: 'Your own photos only.' }) }, staff)).data!.createCampaign;
      const result = await t.gql(UPDATE, { id: created.id, input: { title: ' 新标题 ', hashtag: null, maxPhotosPerStory: 3, requiresModeration: false } }, admin);
      expect(result.errors).toBeUndefined();
      expect(result.data!.updateCampaign).toMatchObject({
        title: '新标题', hashtag: null, rules: 'Your own photos only.', maxPhotosPerStory: 3, requiresModeration: false,
        description: created.description, slug: created.slug, startsAt: created.startsAt,
      });
    });

    it('answers NOT_FOUND for an unknown campaign and BAD_USER_INPUT for a malformed id', async () => {
      expect(codeOf(await t.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { title: 'x' } }, staff))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(UPDATE, { id: 'nope', input: { title: 'x' } }, staff))).toBe('BAD_USER_INPUT');
    });
  });

  describe('status', () => {
    it('is derived from the dates at the moment of asking', async () => {
      const HOUR = 3600_000;
      const soon = await buildCampaign(t.dataSource, {
        createdById: staff.user.id, startsAt: new Date(Date.now() + HOUR), endsAt: new Date(Date.now() + 2 * HOUR),
      });
      expect((await t.gql(BY_ID, { id: soon.id })).data!.campaign.status).toBe('SCHEDULED');
      // Time passes (the dates move past now, with nothing in the app told): the next answer follows.
      const passTime = (by: number) =>
        t.dataSource.query(`UPDATE campaigns SET starts_at = starts_at - $2 * interval '1 millisecond', ends_at = ends_at - $2 * interval '1 millisecond' WHERE id = $1`, [soon.id, by]);
      await passTime(1.5 * HOUR);
      expect((await t.gql(BY_ID, { id: soon.id })).data!.campaign.status).toBe('ACTIVE');
      await passTime(HOUR);
      expect((await t.gql(BY_ID, { id: soon.id })).data!.campaign.status).toBe('ENDED');
    });

    it('keeps a DRAFT visible to BRAND_STAFF and ADMIN only: null for everyone else, by id and by slug', async () => {
      const created = (await t.gql(CREATE, { input: input({ published: false }) }, staff)).data!.createCampaign;
      expect(created.status).toBe('DRAFT');
      for (const who of [staff, admin]) {
        expect((await t.gql(BY_ID, { id: created.id }, who)).data!.campaign.status).toBe('DRAFT');
        expect((await t.gql(BY_ID, { slug: created.slug }, who)).data!.campaign.id).toBe(created.id);
      }
      for (const who of [customer, moderator, undefined]) {
        expect((await t.gql(BY_ID, { id: created.id }, who)).data!.campaign).toBeNull();
        expect((await t.gql(BY_ID, { slug: created.slug }, who)).data!.campaign).toBeNull();
      }
      const published = await t.gql(UPDATE, { id: created.id, input: { published: true } }, staff);
      expect(published.data!.updateCampaign.status).toBe('ACTIVE');
      expect((await t.gql(BY_ID, { slug: created.slug }, customer)).data!.campaign.status).toBe('ACTIVE');
    });

    it('finds a campaign by slug, and is null for one that does not exist', async () => {
      const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id });
      expect((await t.gql(BY_ID, { slug: campaign.slug })).data!.campaign.id).toBe(campaign.id);
      expect((await t.gql(BY_ID, { slug: 'no-such-campaign' })).data!.campaign).toBeNull();
      expect((await t.gql(BY_ID, { id: '00000000-0000-4000-8000-000000000000' })).data!.campaign).toBeNull();
      expect(codeOf(await t.gql(BY_ID, {}))).toBe('BAD_USER_INPUT');
    });
  });

  describe('listing', () => {
    let own: TestApp;
    let ids: Record<string, string>;
    beforeAll(async () => {
      own = await startTestApp({ onRealPostgres });
      const { user } = await own.createUser({ role: Role.BRAND_STAFF });
      const now = Date.now();
      const make = (startsAt: number, endsAt: number, published = true) =>
        buildCampaign(own.dataSource, { createdById: user.id, startsAt: new Date(startsAt), endsAt: new Date(endsAt), published });
      const [scheduled, active, activeOlder, ended, draft] = await Promise.all([
        make(now + 24 * HOUR, now + 48 * HOUR),
        make(now - HOUR, now + HOUR),
        make(now - 2 * HOUR, now + HOUR),
        make(now - 48 * HOUR, now - 24 * HOUR),
        make(now - 3 * HOUR, now + HOUR, false),
      ]);
      ids = { scheduled: scheduled.id, active: active.id, activeOlder: activeOlder.id, ended: ended.id, draft: draft.id };
    });
    afterAll(() => own.close());

    const list = async (variables: Record<string, unknown>, as?: TestUser) => {
      const result = await own.gql(LIST, variables, as);
      expect(result.errors).toBeUndefined();
      return result.data!.campaigns;
    };

    it('lists the newest start first and never shows a DRAFT to customers', async () => {
      const customerView = await list({}, await own.createUser());
      expect(customerView.nodes.map((c: { id: string }) => c.id)).toEqual([ids.scheduled, ids.active, ids.activeOlder, ids.ended]);
      const staffView = await list({}, await own.createUser({ role: Role.BRAND_STAFF }));
      expect(staffView.nodes.map((c: { id: string }) => c.id)).toEqual([ids.scheduled, ids.active, ids.activeOlder, ids.draft, ids.ended]);
    });

    it.each([
      ['SCHEDULED', ['scheduled']],
      ['ACTIVE', ['active', 'activeOlder']],
      ['ENDED', ['ended']],
    ])('filters on status %s', async (status, expected) => {
      const page = await list({ status });
      expect(page.nodes.map((c: { id: string }) => c.id)).toEqual(expected.map((key) => ids[key]));
      expect(page.nodes.every((c: { status: string }) => c.status === status)).toBe(true);
    });

    it('lists DRAFT campaigns for BRAND_STAFF, and none for anyone else', async () => {
      expect((await list({ status: 'DRAFT' }, await own.createUser({ role: Role.ADMIN }))).nodes.map((c: { id: string }) => c.id)).toEqual([ids.draft]);
      expect((await list({ status: 'DRAFT' }, await own.createUser())).nodes).toEqual([]);
      expect((await list({ status: 'DRAFT' })).nodes).toEqual([]);
    });

    it('pages with an opaque cursor without repeating or skipping', async () => {
      const first = await list({ first: 2 });
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await list({ first: 2, after: first.pageInfo.endCursor });
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect([...first.nodes, ...second.nodes].map((c: { id: string }) => c.id)).toEqual([ids.scheduled, ids.active, ids.activeOlder, ids.ended]);
      expect(codeOf(await own.gql(LIST, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await own.gql(LIST, { first: 101 }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('counters', () => {
    const MODERATE = `mutation ($id: ID!, $decision: ModerationDecision!, $reason: String) {
      moderateStory(storyId: $id, decision: $decision, reason: $reason) { status } }`;

    it('counts APPROVED stories and their distinct authors through approve, remove, restore and delete', async () => {
      const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id });
      const [mei, lin] = await Promise.all([t.createUser(), t.createUser()]);
      const pending = await Promise.all([mei, mei, lin].map((author) =>
        buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id, status: StoryStatus.PENDING })));
      const counts = async () => (await t.gql(BY_ID, { id: campaign.id })).data!.campaign;
      expect(await counts()).toMatchObject({ storyCount: 0, participantCount: 0 });

      for (const story of pending) expect((await t.gql(MODERATE, { id: story.id, decision: 'APPROVE' }, moderator)).errors).toBeUndefined();
      expect(await counts()).toMatchObject({ storyCount: 3, participantCount: 2 });

      await t.gql(MODERATE, { id: pending[2].id, decision: 'REMOVE', reason: 'Not your photo' }, moderator);
      expect(await counts()).toMatchObject({ storyCount: 2, participantCount: 1 });

      await t.gql(MODERATE, { id: pending[2].id, decision: 'RESTORE' }, admin);
      expect(await counts()).toMatchObject({ storyCount: 3, participantCount: 2 });

      expect((await t.gql(`mutation ($id: ID!) { deleteStory(id: $id) }`, { id: pending[0].id }, mei)).data!.deleteStory).toBe(true);
      expect(await counts()).toMatchObject({ storyCount: 2, participantCount: 2 });
    });

    it('stays exact when many stories are approved at once', async () => {
      const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id });
      const authors = await Promise.all(Array.from({ length: 4 }, () => t.createUser()));
      const stories = await Promise.all(Array.from({ length: 8 }, (_, n) =>
        buildStory(t.dataSource, { campaignId: campaign.id, authorId: authors[n % 4].user.id, status: StoryStatus.PENDING })));
      const results = await Promise.all(stories.map((story) => t.gql(MODERATE, { id: story.id, decision: 'APPROVE' }, moderator)));
      expect(results.map(codeOf)).toEqual(stories.map(() => undefined));
      expect((await t.gql(BY_ID, { id: campaign.id })).data!.campaign).toMatchObject({ storyCount: 8, participantCount: 4 });
    });

    it('agrees with a count of the stories when approvals, removals and deletions of one author cross', async () => {
      const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id });
      const [mei, lin] = await Promise.all([t.createUser(), t.createUser()]);
      const approved = await Promise.all(Array.from({ length: 6 }, () => buildStory(t.dataSource, { campaignId: campaign.id, authorId: mei.user.id })));
      const pending = await Promise.all(Array.from({ length: 6 }, (_, n) =>
        buildStory(t.dataSource, { campaignId: campaign.id, authorId: (n % 2 ? mei : lin).user.id, status: StoryStatus.PENDING })));
      await Promise.all([
        ...approved.slice(0, 3).map((story) => t.gql(MODERATE, { id: story.id, decision: 'REMOVE', reason: 'Off topic' }, moderator)),
        ...approved.slice(3).map((story) => t.gql(`mutation ($id: ID!) { deleteStory(id: $id) }`, { id: story.id }, mei)),
        ...pending.map((story) => t.gql(MODERATE, { id: story.id, decision: 'APPROVE' }, moderator)),
      ]);
      const [recount] = await t.dataSource.query(
        `SELECT count(*)::int AS "storyCount", count(DISTINCT author_id)::int AS "participantCount"
           FROM stories WHERE campaign_id = $1 AND status = 'APPROVED' AND deleted_at IS NULL`,
        [campaign.id],
      );
      expect(recount).toEqual({ storyCount: 6, participantCount: 2 });
      expect((await t.gql(BY_ID, { id: campaign.id })).data!.campaign).toMatchObject(recount);
    });
  });
});
