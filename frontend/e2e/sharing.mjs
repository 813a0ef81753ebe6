// Sharing, end to end against a running server (scripts/test.mjs starts one with the demo):
// on a phone a signed-in customer shares a story through the share sheet; the link carries them
// as the sharer; a new visitor on another phone follows it, reads the story (and a crawler reads
// its preview tags without running scripts), signs up; the brand's numbers count the visit and
// the sign-up. Then search, a hashtag page and a profile, at phone size.
//
//   E2E_BASE_URL=http://localhost:3000 E2E_BRAND_EMAIL=… E2E_BRAND_PASSWORD=… node --test e2e/sharing.mjs
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { auditPage } from './a11y.mjs';
import { keepPicture } from './pictures.mjs';
import { gql } from './api.mjs';

const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const BRAND = { email: process.env.E2E_BRAND_EMAIL, password: process.env.E2E_BRAND_PASSWORD };
const CAMPAIGN_SLUG = process.env.E2E_CAMPAIGN_SLUG ?? 'my-little-life-things';
const STEP_TIMEOUT = 90_000;
// A real phone's browser: headless Chromium names itself in its user agent, and crawlers are not counted as visitors.
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
const PHONE = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, userAgent: PHONE_UA, locale: 'en-US' };

let browser;

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(() => browser?.close());

/**
 * A phone of its own (cookies, storage, user agent), in English. Headless Chromium on Linux has no
 * share sheet: the one phones have is stood in for by a stub that records what it was handed.
 */
async function phone(userAgent = PHONE_UA) {
  const context = await browser.newContext({ ...PHONE, userAgent, baseURL: BASE_URL });
  context.setDefaultTimeout(15_000);
  await context.addInitScript(() => {
    if (!window.localStorage.getItem('ugc.lang')) window.localStorage.setItem('ugc.lang', 'en');
    navigator.share = async (data) => {
      window.__shared = data;
    };
  });
  return { context, page: await context.newPage() };
}

async function register(page, who) {
  await page.goto('/register');
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill('e2e-password-123');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByTestId('viewer-name').filter({ hasText: who.name }).waitFor();
}

describe('sharing a story from a phone', () => {
  const stamp = Date.now().toString(36);
  const state = {};

  test('a signed-in customer shares a story through the share sheet, as its sharer', { timeout: STEP_TIMEOUT }, async () => {
    const { context, page } = await phone();
    try {
      await register(page, { name: `Sharer ${stamp}`, email: `sharer-${stamp}@example.com` });
      await page.goto(`/c/${CAMPAIGN_SLUG}`);
      await page.locator('.story-card__link').first().click();
      await page.waitForURL(/\/stories\//);
      await page.locator('.story-page__title').waitFor();
      const title = await page.locator('.story-page__title').innerText();
      await page.getByRole('button', { name: 'Share' }).click();
      const shared = await page.waitForFunction(() => window.__shared).then((handle) => handle.jsonValue());
      assert.equal(shared.title, title);
      const url = new URL(shared.url);
      assert.equal(url.pathname, new URL(page.url()).pathname);
      assert.match(url.searchParams.get('ref') ?? '', /^[0-9a-f-]{36}$/);
      Object.assign(state, { url: shared.url, path: url.pathname, title, sharerId: url.searchParams.get('ref') });
      await keepPicture(page, 'phone-sharing-01-story');
    } finally {
      await context.close();
    }
  });

  test('a crawler reads the preview from the first HTML, without running scripts', async () => {
    const html = await (await fetch(`${BASE_URL}${state.path}`, { headers: { 'user-agent': 'facebookexternalhit/1.1' } })).text();
    const og = (key) => new RegExp(`<meta property="${key}" content="([^"]*)">`).exec(html)?.[1];
    assert.ok(og('og:title')?.startsWith(state.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').slice(0, 10)), `og:title is ${og('og:title')}`);
    assert.match(og('og:image') ?? '', /^https?:\/\/.+\/posters\/story\/.+\.png$/);
    assert.match(html, /<meta name="twitter:card" content="summary_large_image">/);
    assert.match(html, /<script type="module"/, 'the app still boots from the same page');
  });

  test('a new visitor follows the link on another phone, reads the story and signs up', { timeout: STEP_TIMEOUT }, async () => {
    const { context, page } = await phone(`${PHONE_UA} visitor/${stamp}`);
    try {
      await page.goto(state.url);
      await page.getByRole('heading', { level: 1, name: state.title }).waitFor();
      assert.deepEqual(await auditPage(page, { keyboard: false }), []);
      await register(page, { name: `Visitor ${stamp}`, email: `visitor-${stamp}@example.com` });
      await keepPicture(page, 'phone-sharing-02-visitor');
    } finally {
      await context.close();
    }
  });

  test("the brand's numbers count the visit through the link and the sign-up after it", { skip: !BRAND.email }, async () => {
    const { login } = await gql(`mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`, BRAND);
    const { campaign } = await gql(`query ($slug: String!) { campaign(slug: $slug) { id } }`, { slug: CAMPAIGN_SLUG });
    const { campaignStats } = await gql(
      `query ($id: ID!) { campaignStats(campaignId: $id) { referredVisits referredSignups topSharers { visits signups user { id } } } }`,
      { id: campaign.id },
      login.accessToken,
    );
    assert.ok(campaignStats.referredVisits >= 1);
    assert.ok(campaignStats.referredSignups >= 1);
    assert.ok(campaignStats.topSharers.some((sharer) => sharer.user?.id === state.sharerId && sharer.signups >= 1));
  });

  test('search, a hashtag page and a profile work on a phone', { timeout: STEP_TIMEOUT }, async () => {
    const { context, page } = await phone();
    try {
      await page.goto('/');
      // On a phone the header has the button alone; it opens the search page.
      await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/\/search$/);
      const box = page.getByRole('main').getByRole('searchbox', { name: 'Search stories' });
      await box.fill('#我的生活小物');
      await box.press('Enter');
      await page.locator('.story-card').first().waitFor();
      assert.deepEqual(await auditPage(page, { keyboard: false }), []);
      await keepPicture(page, 'phone-sharing-03-search');

      await page.locator('.story-card__link').first().click();
      const tag = page.locator('.story-page__body .hashtag').first();
      if (await tag.count()) {
        await tag.click();
        await page.getByRole('heading', { level: 1, name: /^#/ }).waitFor();
        await page.locator('.story-card').first().waitFor();
        await page.locator('.story-card__link').first().click();
      }
      await page.locator('.story-page__author a').first().click();
      await page.waitForURL(/\/u\//);
      await page.getByText('Published stories').waitFor();
      assert.deepEqual(await auditPage(page, { keyboard: false }), []);
      await keepPicture(page, 'phone-sharing-04-profile');
    } finally {
      await context.close();
    }
  });
});
