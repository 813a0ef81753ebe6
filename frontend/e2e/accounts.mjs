// Accounts in the browser, against a running server whose mail goes to .eml files:
//
//   E2E_BASE_URL=http://localhost:3000 E2E_OUTBOX_DIR=<DATA_DIR>/outbox node --test e2e/accounts.mjs
//
// A customer signs up, sees this device in the account page, keeps working after the server
// refuses their access token (the web app renews it silently from the HttpOnly cookie), signs
// out, then forgets their password: the reset mail lands in the outbox, its link sets a new
// password, and the new password signs in. Last, they delete their account.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const OUTBOX = process.env.E2E_OUTBOX_DIR;
const STEP_TIMEOUT = 90_000;

let browser;
let context;
let page;
const consoleProblems = [];
const stamp = Date.now().toString(36);
const person = { name: `Account ${stamp}`, email: `account-${stamp}@example.com`, password: 'e2e-password-123', next: 'e2e-new-password-456' };

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, baseURL: BASE_URL, locale: 'en-US' });
  context.setDefaultTimeout(15_000);
  await context.addInitScript(() => {
    if (!window.localStorage.getItem('ugc.lang')) window.localStorage.setItem('ugc.lang', 'en');
  });
  page = await context.newPage();
  page.on('console', (message) => {
    // A refused token is answered 401 before the silent renewal: the browser logs that request.
    if (message.type() === 'error' && !/status of 401/.test(message.text())) consoleProblems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleProblems.push(`page error: ${error.message}`));
});

after(async () => {
  await context?.close();
  await browser?.close();
});

async function openAccountMenu() {
  await page.getByTestId('viewer-name').click();
}

/** A single-part message's body, decoded (base64 or quoted-printable). */
function bodyOf(eml) {
  const split = eml.search(/\r?\n\r?\n/);
  const [head, body] = [eml.slice(0, split), eml.slice(split).trim()];
  if (/Content-Transfer-Encoding: base64/i.test(head)) return Buffer.from(body, 'base64').toString('utf8');
  return body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}

/** The newest .eml in the outbox addressed to `to`, as text. */
async function mailTo(to) {
  assert.ok(OUTBOX, 'E2E_OUTBOX_DIR names the server\'s outbox folder');
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const names = (await readdir(OUTBOX).catch(() => [])).filter((name) => name.endsWith('.eml')).sort().reverse();
    for (const name of names) {
      const text = await readFile(join(OUTBOX, name), 'utf8');
      if (text.includes(`To: ${to}`)) return bodyOf(text);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no mail to ${to} in ${OUTBOX}`);
}

test('a customer signs up and the account page lists this device', { timeout: STEP_TIMEOUT }, async () => {
  await page.goto('/register');
  await page.getByLabel('Your name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByTestId('viewer-name').filter({ hasText: person.name }).waitFor();
  const refreshCookie = (await context.cookies()).find((cookie) => cookie.name === 'ugc_refresh');
  assert.ok(refreshCookie, 'the refresh token is kept in a cookie');
  assert.equal(refreshCookie.httpOnly, true);
  assert.equal(refreshCookie.sameSite, 'Strict');
  assert.equal(refreshCookie.path, '/graphql/session');
  assert.equal(await page.evaluate(() => document.cookie.includes('ugc_refresh')), false, 'scripts cannot read it');
  await openAccountMenu();
  await page.getByRole('link', { name: 'Account' }).click();
  await page.getByRole('heading', { name: 'Where you are signed in' }).waitFor();
  await page.getByText('This device').waitFor();
});

test('a refused access token is renewed silently from the cookie', { timeout: STEP_TIMEOUT }, async () => {
  const before = await page.evaluate(() => window.localStorage.getItem('ugc.accessToken'));
  const cookieBefore = (await context.cookies()).find((cookie) => cookie.name === 'ugc_refresh')?.value;
  // The same claims with a broken signature: the server answers UNAUTHENTICATED, as for an expired token.
  await page.evaluate(() => {
    const token = window.localStorage.getItem('ugc.accessToken');
    window.localStorage.setItem('ugc.accessToken', `${token.slice(0, token.lastIndexOf('.'))}.broken`);
  });
  await page.reload();
  await page.getByTestId('viewer-name').filter({ hasText: person.name }).waitFor();
  await page.getByText('This device').waitFor();
  const after = await page.evaluate(() => window.localStorage.getItem('ugc.accessToken'));
  assert.ok(after && !after.endsWith('.broken') && after !== before, 'a new access token replaced the refused one');
  const cookieAfter = (await context.cookies()).find((cookie) => cookie.name === 'ugc_refresh')?.value;
  assert.ok(cookieAfter && cookieAfter !== cookieBefore, 'the refresh token was used, and rotated');
});

test('signing out ends the session on the server', { timeout: STEP_TIMEOUT }, async () => {
  const token = await page.evaluate(() => window.localStorage.getItem('ugc.accessToken'));
  await openAccountMenu();
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByRole('link', { name: 'Log in' }).first().waitFor();
  const answer = await page.evaluate(async (accessToken) => {
    const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` }, body: JSON.stringify({ query: '{ me { id } }' }) });
    return res.status;
  }, token);
  assert.equal(answer, 401, 'the old access token no longer works');
});

test('forgot password: the mail in the outbox links to a reset that signs in with the new password', { timeout: STEP_TIMEOUT }, async () => {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
  await page.getByLabel('Email').fill(person.email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await page.getByText('a link is on its way').waitFor();
  const mail = await mailTo(person.email);
  const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail)?.[1];
  assert.ok(token, 'the mail holds a reset link');
  await page.goto(`/reset-password?token=${token}`);
  await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  await page.getByLabel('New password').fill(person.next);
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await page.getByTestId('viewer-name').filter({ hasText: person.name }).waitFor();
  await openAccountMenu();
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByRole('link', { name: 'Log in' }).first().waitFor();
  await page.goto('/login');
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.next);
  await page.locator('form').getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('viewer-name').filter({ hasText: person.name }).waitFor();
});

test('deleting the account asks for the password, signs out, and the account no longer signs in', { timeout: STEP_TIMEOUT }, async () => {
  await openAccountMenu();
  await page.getByRole('link', { name: 'Account' }).click();
  await page.getByRole('heading', { name: 'Delete my account' }).waitFor();
  await page.getByLabel('Your password, to confirm').fill(person.next);
  await page.getByRole('button', { name: 'Delete my account for good' }).click();
  await page.getByText('Your account has been deleted.').waitFor();
  await page.getByRole('link', { name: 'Log in' }).first().waitFor();
  await page.goto('/login');
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.next);
  await page.locator('form').getByRole('button', { name: 'Log in' }).click();
  await page.getByText("That email and password don't match").waitFor();
});

test('no errors reached the browser console', () => {
  assert.deepEqual(consoleProblems, []);
});
