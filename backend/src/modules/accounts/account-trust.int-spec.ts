import request from 'supertest';
import { buildCampaign, buildStory } from '../../testing/builders';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { StoryStatus } from '../stories/story-status.enum';
import { Role } from './role.enum';

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { user { id email displayName } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const SUSPEND = `mutation ($id: ID!) { suspendUser(userId: $id, reason: "testing") { id suspendedUntil } }`;
const LIFT = `mutation ($id: ID!) { liftSuspension(userId: $id) { id suspendedUntil } }`;
const MODERATE = `mutation ($id: ID!) { moderateStory(storyId: $id, decision: APPROVE) { id status } }`;
const FEATURE = `mutation ($id: ID!) { featureStory(storyId: $id) { id featured } }`;

describe.each(DATABASES)('account trust on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  beforeAll(async () => {
    // Behind a proxy on loopback, so that each test can speak as a different client address.
    t = await startTestApp({ onRealPostgres, env: { TRUSTED_PROXIES: 'loopback' } });
  });
  afterAll(() => t.close());

  const from = (address: string) => (query: string, variables: Record<string, unknown>, as?: TestUser) => {
    const req = request(t.baseUrl).post('/graphql').set('x-forwarded-for', address).set('content-type', 'application/json');
    if (as) req.set('authorization', `Bearer ${as.token}`);
    return req.send({ query, variables }).then((res) => ({ status: res.status, data: res.body.data, errors: res.body.errors }));
  };
  let n = 0;
  const register = (input: Partial<{ email: string; password: string; displayName: string }>, address = `192.0.2.${++n % 250}`) =>
    from(address)(REGISTER, { input: { email: `person${++n}.${Date.now()}@example.com`, password: 'a lamp, a cat and tea', displayName: `Person ${n}`, ...input } });

  describe('sign-in limits', () => {
    it('checks at most 10 of 60 parallel guesses, and the owner still signs in from their own address', async () => {
      const email = `owner${Date.now()}@example.com`;
      expect((await register({ email, password: 'my own lamp at night' })).errors).toBeUndefined();
      const attacker = from('203.0.113.66');
      const guesses = await Promise.all(Array.from({ length: 60 }, (_, i) => attacker(LOGIN, { email, password: `guess-number-${i}` })));
      const checked = guesses.filter((g) => codeOf(g) === 'UNAUTHENTICATED');
      expect(checked.length).toBeLessThanOrEqual(10);
      expect(guesses.filter((g) => codeOf(g) === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(50);
      // Even the right password is refused from the guesser's address while the lock lasts...
      expect(codeOf(await attacker(LOGIN, { email, password: 'my own lamp at night' }))).toBe('RATE_LIMITED');
      // ...but the owner, elsewhere, is not locked out.
      const owner = await from('198.51.100.20')(LOGIN, { email, password: 'my own lamp at night' });
      expect(owner.errors).toBeUndefined();
      expect(owner.data.login.accessToken).toEqual(expect.any(String));
    });

    it('stops one address spraying guesses over many accounts', async () => {
      const sprayer = from('203.0.113.77');
      const codes = [];
      for (let i = 0; i < 31; i++) codes.push(codeOf(await sprayer(LOGIN, { email: `sprayed${i}.${Date.now()}@example.com`, password: 'Password123!' })));
      expect(codes.slice(0, 30).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
      expect(codes[30]).toBe('RATE_LIMITED');
    });
  });

  describe('sign-up input', () => {
    it.each([
      ['a common password', { password: 'password1234' }, 'password'],
      ['a keyboard walk', { password: 'qwertyuiop' }, 'password'],
      ['9 characters', { password: 'Xk9#mP2vL' }, 'password'],
      ['a name of zero-width spaces', { displayName: '\u200b\u200b\u200b' }, 'displayName'],
      ['a name of Hangul fillers', { displayName: '\u3164\u3164' }, 'displayName'],
      ['a name with a bidi override', { displayName: 'evil\u202Egnp.exe' }, 'displayName'],
      ['a Latin address with a Cyrillic а', { email: 'p\u0430ypal@example.com' }, 'email'],
      ['a name imitating staff', { displayName: 'Ａｄｍｉｎ' }, 'displayName'],
      ['a name imitating moderators in Chinese', { displayName: '官方 版主' }, 'displayName'],
    ])('refuses %s', async (_, input, field) => {
      const result = await register(input);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors[0].extensions.field).toBe(field);
    });

    it('keeps one spelling of each address: full-width and capitals fold', async () => {
      const result = await register({ email: `ＭＥＩ.${Date.now()}@Example.COM` });
      expect(result.errors).toBeUndefined();
      expect(result.data.register.user.email).toMatch(/^mei\.\d+@example\.com$/);
    });

    it('accepts a long passphrase, Chinese and emoji names', async () => {
      const result = await register({ password: '我的台灯 and my cat 🐱', displayName: '林美 🌸' });
      expect(result.errors).toBeUndefined();
      expect(result.data.register.user.displayName).toBe('林美 🌸');
    });
  });

  describe('suspended staff and rank', () => {
    let admin: TestUser;
    beforeAll(async () => {
      admin = await t.createUser({ role: Role.ADMIN });
    });
    /** Through the app, as an administrator would: the change is announced to every cache and socket. */
    const suspendByAdmin = async (user: TestUser) => {
      expect((await t.gql(SUSPEND, { id: user.user.id }, admin)).errors).toBeUndefined();
    };

    it('a suspended moderator can neither moderate, feature, suspend nor lift their own suspension', async () => {
      const moderator = await t.createUser({ role: Role.MODERATOR });
      const customer = await t.createUser();
      const campaign = await buildCampaign(t.dataSource, { createdById: admin.user.id });
      const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: customer.user.id, status: StoryStatus.PENDING });
      await suspendByAdmin(moderator);
      for (const [query, variables] of [[MODERATE, { id: story.id }], [SUSPEND, { id: customer.user.id }], [LIFT, { id: moderator.user.id }]] as const) {
        const result = await t.gql(query, variables, moderator);
        expect(codeOf(result)).toBe('FORBIDDEN');
        expect(result.errors![0].message).toMatch(/suspended until/);
      }
      // Nor does the queue show them what only staff see.
      expect(codeOf(await t.gql(`{ moderationQueue { nodes { id } } }`, {}, moderator))).toBe('FORBIDDEN');
      expect((await t.gql(`query ($id: ID!) { story(id: $id) { id } }`, { id: story.id }, moderator)).data!.story).toBeNull();
      const [row] = await t.dataSource.query(`SELECT status FROM stories WHERE id = $1`, [story.id]);
      expect(row.status).toBe('PENDING');
    });

    it('suspended brand staff cannot feature', async () => {
      const brand = await t.createUser({ role: Role.BRAND_STAFF });
      const campaign = await buildCampaign(t.dataSource, { createdById: brand.user.id });
      const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: (await t.createUser()).user.id, status: StoryStatus.APPROVED });
      expect((await t.gql(FEATURE, { id: story.id }, brand)).errors).toBeUndefined();
      await suspendByAdmin(brand);
      expect(codeOf(await t.gql(FEATURE, { id: story.id }, brand))).toBe('FORBIDDEN');
    });

    it('only an administrator suspends or reinstates staff; moderators suspend customers', async () => {
      const moderator = await t.createUser({ role: Role.MODERATOR });
      const brand = await t.createUser({ role: Role.BRAND_STAFF });
      const otherModerator = await t.createUser({ role: Role.MODERATOR });
      const otherAdmin = await t.createUser({ role: Role.ADMIN });
      const customer = await t.createUser();
      for (const target of [brand, otherModerator, otherAdmin]) {
        expect(codeOf(await t.gql(SUSPEND, { id: target.user.id }, moderator))).toBe('FORBIDDEN');
      }
      expect((await t.gql(SUSPEND, { id: customer.user.id }, moderator)).errors).toBeUndefined();
      expect((await t.gql(SUSPEND, { id: brand.user.id }, admin)).errors).toBeUndefined();
      expect(codeOf(await t.gql(LIFT, { id: brand.user.id }, moderator))).toBe('FORBIDDEN');
      expect((await t.gql(LIFT, { id: brand.user.id }, admin)).data!.liftSuspension.suspendedUntil).toBeNull();
      // Administrators are acted on by other administrators only, never by themselves.
      expect((await t.gql(SUSPEND, { id: otherAdmin.user.id }, admin)).errors).toBeUndefined();
      expect(codeOf(await t.gql(SUSPEND, { id: admin.user.id }, admin))).toBe('BAD_USER_INPUT');
      const log = await t.dataSource.query(`SELECT action FROM moderation_actions WHERE target_user_id = $1 ORDER BY created_at`, [brand.user.id]);
      expect(log.map((r: { action: string }) => r.action)).toEqual(['SUSPEND', 'UNSUSPEND']);
    });
  });
});
