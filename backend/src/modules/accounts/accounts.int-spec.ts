import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { codeOf, DATABASES, startTestApp, TestApp } from '../../testing/test-app';
import { Role } from './role.enum';
import { UserByIdLoader } from './user-by-id.loader';
import { UserEntity } from './user.entity';

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken user { id email displayName role } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { id email } } }`;
const ME = `{ me { id email role displayName suspendedUntil } }`;

describe.each(DATABASES)('accounts on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres, env: { ADMIN_EMAIL: 'Boss@Example.com', ADMIN_PASSWORD: 'boss-password-1' } });
  });
  afterAll(() => t.close());

  const register = (input: Record<string, unknown>) =>
    t.gql(REGISTER, { input: { email: 'someone@example.com', password: 'long-enough', displayName: 'Someone', ...input } });

  it('registers with a trimmed, lower-cased email and signs the new user in', async () => {
    const result = await register({ email: '  Mei.Lin@Example.COM ', displayName: '  林美 🌸 ' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.register.user).toMatchObject({ email: 'mei.lin@example.com', displayName: '林美 🌸', role: 'CUSTOMER' });
    const me = await t.gql(ME, {}, result.data!.register.accessToken);
    expect(me.data!.me.email).toBe('mei.lin@example.com');
  });

  it('makes no second account for the same email in any case, answering as for a new one (password-reset.int-spec.ts)', async () => {
    const first = await register({ email: 'dup@example.com' });
    const second = await register({ email: 'DUP@example.com' });
    expect(second.errors).toBeUndefined();
    expect(second.data!.register.user.id).not.toBe(first.data!.register.user.id);
    expect(codeOf(await t.gql(ME, {}, second.data!.register.accessToken))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a malformed email', { email: 'not-an-email' }],
    ['a password under 8 characters', { password: 'short' }],
    ['a blank display name', { displayName: '   ' }],
    ['a display name over 40 characters', { displayName: 'x'.repeat(41) }],
  ])('refuses %s with BAD_USER_INPUT', async (_, input) => {
    expect(codeOf(await register({ email: `bad${Math.random()}@example.com`, ...input }))).toBe('BAD_USER_INPUT');
  });

  it('stores passwords as argon2id with the OWASP parameters', async () => {
    await register({ email: 'hash@example.com' });
    const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'hash@example.com' });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('reads people for showing them without their password hash', async () => {
    const { user } = await t.createUser({ displayName: 'Shown Person' });
    const shown = await t.app.get(UserByIdLoader).create(null, false).load(user.id);
    expect(shown).toMatchObject({ id: user.id, displayName: 'Shown Person', email: user.email });
    expect(shown!.passwordHash).toBeUndefined();
  });

  it('logs in case-insensitively and answers the same for an unknown email and a wrong password', async () => {
    await register({ email: 'login@example.com', password: 'right-password' });
    const ok = await t.gql(LOGIN, { email: ' LOGIN@example.com', password: 'right-password' });
    expect(ok.data!.login.user.email).toBe('login@example.com');
    const wrong = await t.gql(LOGIN, { email: 'login@example.com', password: 'wrong-password' });
    const unknown = await t.gql(LOGIN, { email: 'nobody@example.com', password: 'wrong-password' });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('creates the ADMIN from ADMIN_EMAIL / ADMIN_PASSWORD on start', async () => {
    const login = await t.gql(LOGIN, { email: 'boss@example.com', password: 'boss-password-1' });
    const me = await t.gql(ME, {}, login.data!.login.accessToken);
    expect(me.data!.me.role).toBe('ADMIN');
  });

  describe('tokens', () => {
    const forge = (secret: string, payload: object, options: object = {}) => new JwtService({ secret }).sign(payload, options);

    it.each([
      ['signed with another secret', () => forge('another-secret', { sub: 'x' })],
      ['tampered', (valid: string) => valid.replace(/\.[^.]+\./, `.${Buffer.from('{"sub":"someone-else"}').toString('base64url')}.`)],
      ['expired', (_: string, sub: string) => forge('test-secret-that-is-long-enough-for-hs256', { sub, exp: Math.floor(Date.now() / 1000) - 10 })],
      ['unsigned (alg: none)', (_: string, sub: string) =>
        `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub })).toString('base64url')}.`],
    ])('refuses a token %s with UNAUTHENTICATED', async (_, make) => {
      const { user, token } = await t.createUser();
      const result = await t.gql(ME, {}, make(token, user.id));
      expect(result.status).toBe(401);
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
    });
  });

  describe('roles', () => {
    it('shows a user\'s email to themself and ADMIN only', async () => {
      const admin = await t.createUser({ role: Role.ADMIN });
      const other = await t.createUser();
      const target = await t.createUser({ role: Role.MODERATOR });
      const query = `mutation ($id: ID!) { suspendUser(userId: $id, reason: "spam") { id email } }`;
      const byModerator = await t.gql(query, { id: other.user.id }, target);
      expect(byModerator.data!.suspendUser.email).toBeNull();
      const asAdmin = await t.gql(`mutation ($id: ID!) { liftSuspension(userId: $id) { email } }`, { id: other.user.id }, admin);
      expect(asAdmin.data!.liftSuspension.email).toBe(other.user.email);
    });

    it('lets only ADMIN change roles, and the change applies on the next request with the same token', async () => {
      const admin = await t.createUser({ role: Role.ADMIN });
      const customer = await t.createUser();
      const setRole = `mutation ($id: ID!, $role: Role!) { setUserRole(userId: $id, role: $role) { role } }`;
      expect(codeOf(await t.gql(setRole, { id: customer.user.id, role: 'ADMIN' }, customer))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(setRole, { id: customer.user.id, role: 'ADMIN' }))).toBe('UNAUTHENTICATED');
      const changed = await t.gql(setRole, { id: customer.user.id, role: 'BRAND_STAFF' }, admin);
      expect(changed.data!.setUserRole.role).toBe('BRAND_STAFF');
      expect((await t.gql(ME, {}, customer)).data!.me.role).toBe('BRAND_STAFF');
    });

    it('refuses a malformed id with BAD_USER_INPUT, an unknown one with NOT_FOUND', async () => {
      const admin = await t.createUser({ role: Role.ADMIN });
      const setRole = `mutation ($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { role } }`;
      expect(codeOf(await t.gql(setRole, { id: 'not-a-uuid' }, admin))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(setRole, { id: '00000000-0000-4000-8000-000000000000' }, admin))).toBe('NOT_FOUND');
    });

    it('suspends a user (logged), who can still read, until lifted', async () => {
      const moderator = await t.createUser({ role: Role.MODERATOR });
      const customer = await t.createUser();
      const until = new Date(Date.now() + 3600_000).toISOString();
      const suspended = await t.gql(
        `mutation ($id: ID!, $until: DateTime) { suspendUser(userId: $id, reason: "spam links", until: $until) { suspendedUntil } }`,
        { id: customer.user.id, until },
        moderator,
      );
      expect(suspended.data!.suspendUser.suspendedUntil).toBe(until);
      expect((await t.gql(ME, {}, customer)).data!.me.suspendedUntil).toBe(until);
      const log = await t.dataSource.query(`SELECT action, reason FROM moderation_actions WHERE target_user_id = $1`, [customer.user.id]);
      expect(log).toEqual([{ action: 'SUSPEND', reason: 'spam links' }]);
    });

    it('does not let a moderator suspend an administrator', async () => {
      const moderator = await t.createUser({ role: Role.MODERATOR });
      const admin = await t.createUser({ role: Role.ADMIN });
      const result = await t.gql(`mutation ($id: ID!) { suspendUser(userId: $id, reason: "x") { id } }`, { id: admin.user.id }, moderator);
      expect(codeOf(result)).toBe('FORBIDDEN');
    });
  });

  it('keeps the moderation log append-only', async () => {
    const dataSource: DataSource = t.dataSource;
    const admin = await t.createUser({ role: Role.ADMIN });
    const customer = await t.createUser();
    await t.gql(`mutation ($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { id } }`, { id: customer.user.id }, admin);
    await expect(dataSource.query(`UPDATE moderation_actions SET reason = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM moderation_actions`)).rejects.toThrow(/append-only/);
  });
});

describe('rate limits on accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('allows 50 registrations per IP per hour, then RATE_LIMITED with the wait', async () => {
    const register = (n: number) =>
      t.gql(REGISTER, { input: { email: `nat${n}@example.com`, password: 'long-enough', displayName: `NAT ${n}` } });
    for (let n = 0; n < 50; n++) expect((await register(n)).errors).toBeUndefined();
    const limited = await register(50);
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(3000);
  }, 120_000);

  it('allows 10 failed logins per account per 15 minutes, then refuses even the right password', async () => {
    const { user } = await t.createUser({ email: 'target@example.com' });
    expect(user.id).toBeDefined();
    for (let n = 0; n < 10; n++) {
      expect(codeOf(await t.gql(LOGIN, { email: 'target@example.com', password: `guess-${n}` }))).toBe('UNAUTHENTICATED');
    }
    const limited = await t.gql(LOGIN, { email: 'TARGET@example.com', password: 'guess-again' });
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(800);
  });
});
