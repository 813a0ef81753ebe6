// The web app as people use it (issue 18), end to end against a running server with the demo
// (scripts/test.mjs starts one): a feed's cards follow likes made in another browser.
//
//   E2E_BASE_URL=http://localhost:3000 node --test e2e/live.mjs
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { gql } from './api.mjs';

const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const CAMPAIGN_SLUG = process.env.E2E_CAMPAIGN_SLUG ?? 'my-little-life-things';
const STEP_TIMEOUT = 90_000;
const PHONE = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-US' };

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(() => browser?.close());

async function phone() {
  const context = await browser.newContext({ ...PHONE, baseURL: BASE_URL });
  context.setDefaultTimeout(15_000);
  await context.addInitScript(() => {
    if (!window.localStorage.getItem('ugc.lang')) window.localStorage.setItem('ugc.lang', 'en');
  });
  return { context, page: await context.newPage() };
}

/** Someone else, in another browser: a fresh account of their own, through the API. */
async function someoneElse() {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const data = await gql(`mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`, {
    input: { email: `live-${stamp}@example.com`, password: 'e2e-password-123', displayName: `Live ${stamp}` },
  });
  return data.register.accessToken;
}

describe('live feed cards', () => {
  test('a like and an unlike in another browser show on the open feed\'s card within two seconds', { timeout: STEP_TIMEOUT }, async () => {
    const { context, page } = await phone();
    try {
      await page.goto(`/c/${CAMPAIGN_SLUG}`);
      const card = page.locator('.story-card').first();
      await card.waitFor();
      const href = await card.locator('.story-card__link').getAttribute('href');
      const storyId = href.split('/').pop();
      const likesOf = async () => Number(/(\d+) likes?/.exec(await card.innerText())?.[1] ?? NaN);
      const before = await likesOf();
      assert.ok(Number.isFinite(before), 'the card shows its likes');

      const token = await someoneElse();
      await gql(`mutation ($id: ID!) { likeStory(storyId: $id) { id } }`, { id: storyId }, token);
      await card.getByText(new RegExp(`^${before + 1} likes?$`)).waitFor({ timeout: 2500 });
      await gql(`mutation ($id: ID!) { unlikeStory(storyId: $id) { id } }`, { id: storyId }, token);
      await card.getByText(new RegExp(`^${before} likes?$`)).waitFor({ timeout: 2500 });
    } finally {
      await context.close();
    }
  });
});
