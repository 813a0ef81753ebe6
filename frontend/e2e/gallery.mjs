// The product-page gallery, end to end against a running server (scripts/test.mjs starts one with
// the demo and GALLERY_EMBED_ORIGINS=http://127.0.0.1:$E2E_EMBED_PORT): a shop page on another
// origin frames /embed/gallery and shows the customers' photos; a shop that is not listed is
// refused (the frame and the JSON); the demo customer unticks "On product pages" on her story in
// the web app and the story leaves the gallery's JSON, then ticks it again and it comes back.
//
//   E2E_BASE_URL=http://localhost:3000 E2E_EMBED_PORT=4999 [E2E_DEMO_PASSWORD=…] node --test e2e/gallery.mjs
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { keepPicture } from './pictures.mjs';

const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const CAMPAIGN_SLUG = process.env.E2E_CAMPAIGN_SLUG ?? 'my-little-life-things';
const EMBED_PORT = Number(process.env.E2E_EMBED_PORT);
const PASSWORD = process.env.E2E_DEMO_PASSWORD ?? 'demo-password-2026';
const STEP_TIMEOUT = 90_000;
const PHONE = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-US' };
// Demo products: two demo stories show the mug, the customer's own story the lamp.
const MUG = 'MUG-01';
const LAMP = 'LAMP-02';

let browser;
const shops = [];

/** A shop's product page on its own origin (127.0.0.1:<port>), framing the gallery for `sku`. */
function shopPage(port) {
  const server = createServer((req, res) => {
    const sku = new URL(req.url, 'http://shop').searchParams.get('sku') ?? MUG;
    const src = `${BASE_URL}/embed/gallery?campaign=${encodeURIComponent(CAMPAIGN_SLUG)}&sku=${encodeURIComponent(sku)}&lang=en`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head><body><h1>Handmade mug</h1>` +
        `<iframe id="gallery" src="${src}" width="100%" height="640" loading="lazy" title="Customer photos" onload="window.__framed = true"></iframe></body></html>`,
    );
  });
  shops.push(server);
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));
}

async function gallery(sku) {
  const res = await fetch(`${BASE_URL}/api/gallery?campaign=${CAMPAIGN_SLUG}&sku=${sku}`);
  assert.equal(res.status, 200);
  return (await res.json()).items;
}

/** Polls `check` until it is true, for at most `ms` (the gallery is read fresh per request; caches may add up to 50 s). */
async function eventually(check, ms, what) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.fail(`not within ${ms / 1000} s: ${what}`);
}

let allowedShop;
let otherShop;

before(async () => {
  assert.ok(EMBED_PORT > 0, 'E2E_EMBED_PORT names the port GALLERY_EMBED_ORIGINS allows');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  allowedShop = await shopPage(EMBED_PORT);
  // Any free port: an origin the operator did not list.
  otherShop = await shopPage(0);
});
after(async () => {
  await browser?.close();
  await Promise.all(shops.map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('the product-page gallery embedded in a shop', () => {
  test('a listed shop frames the gallery: cards with loaded photos, and can read the JSON', { timeout: STEP_TIMEOUT }, async () => {
    const context = await browser.newContext(PHONE);
    context.setDefaultTimeout(15_000);
    try {
      const page = await context.newPage();
      await page.goto(`${allowedShop}/?sku=${MUG}`);
      const frame = page.frameLocator('#gallery');
      await frame.locator('.card').first().waitFor();
      const cards = await frame.locator('.card').count();
      assert.ok(cards >= 2, `both demo stories with the mug are shown (saw ${cards})`);
      const images = frame.locator('.card img');
      await eventually(
        () => images.evaluateAll((imgs) => imgs.length > 0 && imgs.every((img) => img.complete && img.naturalWidth > 0)),
        30_000,
        'every gallery photo loaded',
      );
      assert.match(await frame.locator('.card a').first().getAttribute('href'), new RegExp(`^${BASE_URL}/stories/`));
      await keepPicture(page, 'gallery-embedded');

      // The shop's own scripts may read the JSON (CORS for listed origins).
      const items = await page.evaluate(async (url) => (await (await fetch(url)).json()).items.length, `${BASE_URL}/api/gallery?campaign=${CAMPAIGN_SLUG}&sku=${MUG}`);
      assert.equal(items, cards);
    } finally {
      await context.close();
    }
  });

  test('a shop that is not listed is refused: no gallery in its frame, no JSON for its scripts', { timeout: STEP_TIMEOUT }, async () => {
    const context = await browser.newContext(PHONE);
    context.setDefaultTimeout(15_000);
    try {
      const page = await context.newPage();
      const refusals = [];
      page.on('console', (message) => {
        if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
      });
      await page.goto(`${otherShop}/?sku=${MUG}`);
      await page.waitForFunction(() => window.__framed === true);
      await eventually(() => refusals.length > 0, 15_000, 'Chromium refuses to frame the gallery (frame-ancestors)');
      const child = page.frames().find((frame) => frame !== page.mainFrame());
      assert.ok(child, 'the iframe exists');
      assert.ok(!child.url().startsWith(`${BASE_URL}/embed/gallery`) || (await child.locator('.card').count().catch(() => 0)) === 0, 'no gallery cards in a refused frame');

      const read = await page.evaluate(async (url) => {
        try {
          await fetch(url);
          return 'read';
        } catch {
          return 'refused';
        }
      }, `${BASE_URL}/api/gallery?campaign=${CAMPAIGN_SLUG}&sku=${MUG}`);
      assert.equal(read, 'refused');
    } finally {
      await context.close();
    }
  });

  test('brand staff pick a product in the console, see the live preview and get the snippet', { timeout: STEP_TIMEOUT }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: BASE_URL, locale: 'en-US' });
    context.setDefaultTimeout(15_000);
    await context.addInitScript(() => window.localStorage.setItem('ugc.lang', 'en'));
    try {
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByLabel('Email').fill(process.env.E2E_BRAND_EMAIL ?? 'brand@demo.local');
      await page.getByLabel('Password').fill(process.env.E2E_BRAND_PASSWORD ?? PASSWORD);
      await page.locator('form').getByRole('button', { name: 'Log in' }).click();
      await page.getByTestId('viewer-name').waitFor();
      await page.goto('/brand');
      await page.getByRole('link', { name: /Gallery for product pages.*My little life things/ }).click();
      await page.getByRole('heading', { name: 'Product-page gallery' }).waitFor();
      await page.getByRole('combobox', { name: 'Product' }).selectOption(MUG);
      const snippet = await page.getByRole('textbox', { name: 'Code for your product page' }).inputValue();
      assert.match(snippet, new RegExp(`^<iframe src="${BASE_URL}/embed/gallery\\?campaign=${CAMPAIGN_SLUG}&amp;sku=${MUG}&amp;layout=grid&amp;lang=en" width="100%" height="\\d+" style="border:0" loading="lazy" title="Customer photos"></iframe>$`));
      // The preview is the real gallery, framed by the app itself.
      await page.frameLocator('.gallery-console__frame').locator('.card').first().waitFor();
      await keepPicture(page, 'gallery-console');
    } finally {
      await context.close();
    }
  });

  test('the author unticks "On product pages" in the web app and the story leaves the gallery; ticking it brings it back', { timeout: 2 * STEP_TIMEOUT }, async () => {
    const [lampStory] = await gallery(LAMP);
    assert.ok(lampStory, "the demo customer's lamp story is in the gallery");
    const context = await browser.newContext({ ...PHONE, baseURL: BASE_URL });
    context.setDefaultTimeout(15_000);
    await context.addInitScript(() => {
      if (!window.localStorage.getItem('ugc.lang')) window.localStorage.setItem('ugc.lang', 'en');
    });
    try {
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByLabel('Email').fill('customer@demo.local');
      await page.getByLabel('Password').fill(PASSWORD);
      await page.locator('form').getByRole('button', { name: 'Log in' }).click();
      await page.getByTestId('viewer-name').waitFor();

      await page.goto(new URL(lampStory.url).pathname);
      const rights = page.getByRole('group', { name: /Where the brand may use this story/ });
      const productPages = rights.getByRole('checkbox', { name: /On product pages/ });
      assert.equal(await productPages.isChecked(), true);
      await productPages.uncheck();
      await page.getByText(/^Saved:/).first().waitFor();
      await eventually(async () => !(await gallery(LAMP)).some((item) => item.id === lampStory.id), 60_000, 'the story leaves the gallery JSON');
      await keepPicture(page, 'gallery-withdrawn');

      // The change is in the consent history, and survives a reload (the server kept it).
      await page.reload();
      await page.getByText('History of your permissions').click();
      await page.getByText(/allowed: brand's social accounts, paid ads/).first().waitFor();
      assert.equal(await productPages.isChecked(), false);

      await productPages.check();
      await eventually(async () => (await gallery(LAMP)).some((item) => item.id === lampStory.id), 60_000, 'the story is back in the gallery JSON');
    } finally {
      await context.close();
    }
  });
});
