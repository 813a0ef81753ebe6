import { JobQueue } from '../../../core/jobs/job-queue';
import { outboxMails, startSmtpInbox } from '../../../testing/mail-inbox';
import { codeOf, DATABASES, startTestApp, TestApp } from '../../../testing/test-app';
import { waitFor } from '../../../testing/wait-for';

const PASSWORD = 'quiet harbour lantern 42';
const NEW_PASSWORD = 'bright orchard kettle 19';
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken refreshToken accessTokenExpiresAt user { id email displayName role } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const REQUEST = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) { accessToken user { id } } }`;
const ME = `{ me { id } }`;

const tokenIn = (text: string) => /reset-password\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];

describe.each(DATABASES)('password reset and sign-up without enumeration on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres, env: { PUBLIC_URL: 'https://campaigns.example' } });
  });
  afterAll(() => t.close());

  let n = 0;
  const register = async (email = `reset${++n}.${Date.now()}@example.com`) => {
    const result = await t.gql(REGISTER, { input: { email, password: PASSWORD, displayName: `Reset ${n}` } });
    expect(result.errors).toBeUndefined();
    return { email, ...result.data!.register };
  };
  const mailsTo = async (email: string) => (await outboxMails(t.dataDir)).filter((mail) => mail.to === email);
  const resetMail = (email: string) =>
    waitFor(async () => (await mailsTo(email)).find((mail) => tokenIn(mail.text)), { what: `the reset mail to ${email}` });

  it('answers true for any address, and mails a single-use link only to an account\'s owner', async () => {
    const { email } = await register();
    expect((await t.gql(REQUEST, { email: email.toUpperCase() })).data).toEqual({ requestPasswordReset: true });
    expect((await t.gql(REQUEST, { email: 'nobody-here@example.com' })).data).toEqual({ requestPasswordReset: true });
    const mail = await resetMail(email);
    expect(mail.text).toContain('https://campaigns.example/reset-password?token=');
    expect(await mailsTo('nobody-here@example.com')).toEqual([]);
    const stored: { token_hash: string }[] = await t.dataSource.query(`SELECT token_hash FROM password_resets`);
    expect(stored.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
    expect(JSON.stringify(stored)).not.toContain(tokenIn(mail.text));
  });

  it('resets the password once, ends every session, and signs in with the new one', async () => {
    const { email, accessToken } = await register();
    const other = (await t.gql(LOGIN, { email, password: PASSWORD })).data!.login.accessToken;
    await t.gql(REQUEST, { email });
    const token = tokenIn((await resetMail(email)).text)!;
    expect(codeOf(await t.gql(RESET, { token, password: 'password' }))).toBe('BAD_USER_INPUT');
    const reset = await t.gql(RESET, { token, password: NEW_PASSWORD });
    expect(reset.errors).toBeUndefined();
    expect(codeOf(await t.gql(ME, {}, accessToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ME, {}, other))).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, reset.data!.resetPassword.accessToken)).data!.me.id).toBe(reset.data!.resetPassword.user.id);
    expect(codeOf(await t.gql(RESET, { token, password: 'yet another calm river 5' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(LOGIN, { email, password: PASSWORD }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOGIN, { email, password: NEW_PASSWORD })).errors).toBeUndefined();
  });

  it('refuses an expired link', async () => {
    const { email } = await register();
    await t.gql(REQUEST, { email });
    const token = tokenIn((await resetMail(email)).text)!;
    await t.dataSource.query(`UPDATE password_resets SET expires_at = now() - interval '1 second'`);
    expect(codeOf(await t.gql(RESET, { token, password: NEW_PASSWORD }))).toBe('BAD_USER_INPUT');
  });

  it('limits requests per address (quietly: still true, no more mail) and per client (RATE_LIMITED)', async () => {
    const { email } = await register();
    for (let i = 0; i < 5; i++) expect((await t.gql(REQUEST, { email })).data).toEqual({ requestPasswordReset: true });
    // Each answer came after its mail (if any) was queued: once the queue is idle, every mail
    // that will ever go has been written, and no later one can make it four.
    await t.app.get(JobQueue).idle();
    expect(await mailsTo(email)).toHaveLength(3);
    let refused;
    for (let i = 0; i < 12 && !refused; i++) {
      const result = await t.gql(REQUEST, { email: `spray${i}@example.com` });
      if (codeOf(result) === 'RATE_LIMITED') refused = result;
    }
    expect(refused).toBeDefined();
  });

  it('sign-up with a taken address answers like a success, creates nothing, and mails the owner', async () => {
    const owner = await register();
    const again = await t.gql(REGISTER, { input: { email: owner.email.toUpperCase(), password: 'some other pass 77', displayName: 'Impostor' } });
    expect(again.errors).toBeUndefined();
    const payload = again.data!.register;
    expect(Object.keys(payload).sort()).toEqual(Object.keys(owner).filter((k) => k !== 'email').sort());
    expect(payload.user).toMatchObject({ email: owner.email, displayName: 'Impostor', role: 'CUSTOMER' });
    expect(payload.user.id).not.toBe(owner.user.id);
    expect(payload.refreshToken).toEqual(expect.any(String));
    // The stand-in tokens open nothing, and the owner's account is unchanged.
    expect(codeOf(await t.gql(ME, {}, payload.accessToken))).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOGIN, { email: owner.email, password: PASSWORD })).errors).toBeUndefined();
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [owner.email]);
    expect(rows[0].n).toBe(1);
    const warning = await waitFor(async () => (await mailsTo(owner.email)).find((mail) => /sign up|注册/i.test(mail.subject)));
    expect(warning.text).toContain('https://campaigns.example/forgot-password');
  });
});

describe('account mails through SMTP', () => {
  it('sends the reset link through the SMTP server when SMTP_URL is set', async () => {
    const inbox = await startSmtpInbox();
    const t = await startTestApp({ env: { SMTP_URL: inbox.url } });
    try {
      const email = `smtp.${Date.now()}@example.com`;
      await t.gql(REGISTER, { input: { email, password: PASSWORD, displayName: 'Smtp' } });
      await t.gql(REQUEST, { email });
      const mail = await waitFor(() => inbox.mails.find((m) => m.to === email));
      expect(tokenIn(mail.text)).toBeDefined();
      expect(await outboxMails(t.dataDir)).toEqual([]);
    } finally {
      await t.close();
      await inbox.close();
    }
  });
});
