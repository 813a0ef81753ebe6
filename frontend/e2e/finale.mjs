// The campaign finale in the browser, against a running server seeded with the demo:
//
//   E2E_BASE_URL=http://localhost:3000 [E2E_DEMO_PASSWORD=…] node --test e2e/finale.mjs
//
// A visitor on a phone reads the ended demo campaign's prizes and results, downloads a draw's
// proof and checks it with scripts/verify-draw.mjs; the demo customer claims the prize they won;
// brand staff see the claim in the finale console and export it; a moderator opens the
// suspicious-likes view and voids one account's likes. With E2E_SCREENSHOTS=1, pictures go to frontend/artifacts/ (pictures.mjs).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { auditPage } from './a11y.mjs';
import { keepPicture } from './pictures.mjs';
import { signIn } from './session.mjs';

const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const VERIFY = fileURLToPath(new URL('../../scripts/verify-draw.mjs', import.meta.url));
const SLUG = 'life-behind-the-brand';
const PASSWORD = process.env.E2E_DEMO_PASSWORD ?? 'demo-password-2026';
const PHONE = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1366, height: 900 } };
const TIMEOUT = 90_000;

let browser;
const problems = [];

before(async () => {
  const health = await fetch(`${BASE_URL}/`).catch((error) => error);
  assert.ok(health instanceof Response && health.ok, `No app answering at ${BASE_URL}; start the server or set E2E_BASE_URL.`);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
});
after(async () => {
  await browser?.close();
  assert.deepEqual(problems, [], 'console errors');
});

/** A fresh browser profile in English, optionally signed in as a demo account. */
async function open(options, email) {
  const context = await browser.newContext({ ...options, baseURL: BASE_URL, locale: 'en-US' });
  context.setDefaultTimeout(15_000);
  await context.addInitScript(() => window.localStorage.setItem('ugc.lang', 'en'));
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${email ?? 'visitor'}: ${error.message}`));
  if (email) await signIn(page, { email, password: PASSWORD });
  return { context, page };
}

const check = async (page, name) => {
  assert.deepEqual(await auditPage(page), [], `accessibility problems at ${page.url()}`);
  await keepPicture(page, `finale-${name}`);
};

describe('the campaign finale', () => {
  test('a visitor reads the prizes and results, and checks the draw with the script', { timeout: TIMEOUT }, async () => {
    const { context, page } = await open(PHONE);
    await page.goto(`/c/${SLUG}`);
    await page.getByRole('heading', { name: 'Prizes' }).waitFor();
    await page.getByText('Tote bag').first().waitFor();
    await check(page, 'campaign-phone');
    await page.getByRole('link', { name: 'See the results' }).click();
    await page.getByRole('heading', { level: 1, name: /^Results:/ }).waitFor();
    await page.getByText(/These results are final/).waitFor();
    for (const prize of ['Life box', "Judges' pick", 'Tote bag']) await page.getByRole('heading', { level: 2, name: new RegExp(prize) }).waitFor();
    await page.getByText('Claimed', { exact: true }).first().waitFor();
    assert.match(await page.getByTestId('voided-likes').innerText(), /did not count/);
    await page.getByText(/frozen at the end/).waitFor();

    await page.getByText('Check this draw').click();
    await page.getByText('node scripts/verify-draw.mjs proof.json').waitFor();
    await check(page, 'results-phone');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the proof (JSON)' }).click()]);
    assert.equal(download.suggestedFilename(), 'proof.json');
    const file = await download.path();
    const proof = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(proof.expected.length, proof.picks);
    const { stdout } = await promisify(execFile)(process.execPath, [VERIFY, file]);
    assert.match(stdout, /OK/);
    await context.close();
  });

  test('the demo customer claims the prize they won', { timeout: TIMEOUT }, async () => {
    const { context, page } = await open(PHONE, 'customer@demo.local');
    const received = page.getByText('Your claim has been received.');
    const form = page.getByRole('form', { name: /Claim/ });
    await page.goto(`/c/${SLUG}/results`);
    await form.or(received).waitFor();
    // Unclaimed (a fresh demo): the campaign page says so and leads here; claim.
    if (await form.count()) {
      await page.goto(`/c/${SLUG}`);
      await page.getByRole('link', { name: 'Claim your prize' }).click();
      await form.getByText(/Please claim by/).waitFor();
      await form.getByLabel("Recipient's name").fill('林小林');
      await form.getByLabel('Phone').fill('+86 139 0000 1111');
      await form.getByLabel('Postal address').fill('北京市示例区测试街 8 号');
      await check(page, 'claim-phone');
      await form.getByRole('button', { name: 'Claim the prize' }).click();
    }
    // Claimed now, or by an earlier run against the same server.
    await received.waitFor();
    await context.close();
  });

  test('brand staff see the claims in the finale console and export them', { timeout: TIMEOUT }, async () => {
    const { context, page } = await open(DESKTOP, 'brand@demo.local');
    await page.goto('/brand');
    await page.getByRole('link', { name: /Finale.*The life behind the brand/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Finale:/ }).waitFor();
    await page.getByRole('heading', { name: 'Final results' }).waitFor();
    const claims = page.getByRole('region', { name: 'Claims' });
    await claims.getByRole('cell', { name: '王小明' }).waitFor();
    await check(page, 'console-desktop');
    const [download] = await Promise.all([page.waitForEvent('download'), claims.getByRole('button', { name: 'Download claims (CSV)' }).click()]);
    assert.equal(download.suggestedFilename(), `${SLUG}-claims.csv`);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.match(csv, /^\uFEFFPrize,Place,Winner,Story,/);
    assert.match(csv, /王小明/);
    await context.close();
  });

  test('brand staff add a judges\' prize to a running campaign and score a story blind', { timeout: TIMEOUT }, async () => {
    const { context, page } = await open(PHONE, 'brand@demo.local');
    await page.goto('/brand');
    await page.getByRole('link', { name: /Finale.*Cool summer/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Finale:/ }).waitFor();
    const form = page.getByRole('form', { name: 'Add a prize' });
    const name = `Judges' pick ${Date.now().toString(36)}`;
    await form.getByLabel('Prize name').fill(name);
    await form.getByLabel('How many').fill('1');
    await form.getByRole('radio', { name: /Judges' choice/ }).check();
    await form.getByRole('button', { name: 'Add the prize' }).click();
    await page.getByRole('region', { name: 'Prizes' }).getByText(name).waitFor();
    const judging = page.getByRole('region', { name: 'Judging' });
    const row = judging.getByRole('listitem').filter({ hasText: 'Score it to see' }).first();
    const title = await row.getByRole('link').innerText();
    await row.getByRole('combobox', { name: 'Your score' }).selectOption('8');
    await row.getByRole('button', { name: 'Save score' }).click();
    const scored = judging.getByRole('listitem').filter({ hasText: title });
    await scored.getByText(/Average 8\.0/).waitFor();
    // The "prize added" notice would sit over the list in the screenshot.
    for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click();
    await check(page, 'judging-phone');
    await context.close();
  });

  test('a moderator opens the suspicious likes of a campaign', { timeout: TIMEOUT }, async () => {
    const { context, page } = await open(DESKTOP, 'moderator@demo.local');
    await page.goto('/moderation');
    await page.getByRole('link', { name: 'Suspicious likes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Suspicious likes' }).waitFor();
    await page.getByRole('combobox', { name: 'Campaign' }).waitFor();
    // The demo's people were all made in the same hour: one group, its accounts by name.
    await page.getByText(/^\d+ accounts$/).first().click();
    await check(page, 'likes-desktop');
    await page.getByRole('button', { name: /^Void likes ?\S/ }).first().click();
    const dialog = page.getByRole('dialog', { name: /^Void the likes of / });
    await dialog.getByLabel('Reason').fill('e2e: one account of a like ring');
    await dialog.getByRole('button', { name: 'Void likes' }).click();
    await page.getByText(/likes? voided$/).waitFor();
    await context.close();
  });
});
