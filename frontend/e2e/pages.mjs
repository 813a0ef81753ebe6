// Every page of the web app, in English and in Chinese, through the accessibility checks
// (axe-core's serious and critical rules, names, labels, sideways scrolling): against a running
// server seeded with the demo.
//
//   E2E_BASE_URL=http://localhost:3000 [E2E_DEMO_PASSWORD=…] node --test e2e/pages.mjs
//
// The pages come from the router itself (src/app/routes.tsx, read with the TypeScript parser): a
// route added there without a page here fails the first test, so no page escapes the checks. One
// browser, one tab per kind of visitor (signed out and customer on a phone, staff on a desktop);
// each page is checked, switched to Chinese in place, checked again, and switched back.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import { auditPage } from './a11y.mjs';
import { keepPicture } from './pictures.mjs';
import { gql } from './api.mjs';
import { signIn } from './session.mjs';

const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const PASSWORD = process.env.E2E_DEMO_PASSWORD ?? 'demo-password-2026';
const RUNNING = process.env.E2E_CAMPAIGN_SLUG ?? 'my-little-life-things';
const ENDED = 'life-behind-the-brand';
const ROUTES_FILE = fileURLToPath(new URL('../src/app/routes.tsx', import.meta.url));
const PHONE = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1366, height: 900 } };
const TIMEOUT = 120_000;
// E2E_SCREENSHOTS=1 keeps a picture of every page in both languages in frontend/artifacts/ (off by default: time).

/** Every path pattern the router knows ('' is the home page, '*' the not-found page), from its source. */
function routerPaths() {
  const source = ts.createSourceFile(ROUTES_FILE, readFileSync(ROUTES_FILE, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const paths = [];
  const property = (object, name) => object.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === name)?.initializer;
  const walk = (node, prefix) => {
    if (ts.isObjectLiteralExpression(node)) {
      const path = property(node, 'path');
      const here = path && ts.isStringLiteral(path) ? [prefix, path.text].filter(Boolean).join('/') : prefix;
      if ((path && ts.isStringLiteral(path)) || property(node, 'index')?.kind === ts.SyntaxKind.TrueKeyword) paths.push(here);
      const children = property(node, 'children');
      if (children && ts.isArrayLiteralExpression(children)) for (const child of children.elements) walk(child, here);
      return;
    }
    ts.forEachChild(node, (child) => walk(child, prefix));
  };
  walk(source, '');
  return [...new Set(paths)].sort();
}

let browser;
const consoleProblems = [];
/** What the walk needs from the demo: ids read once through the API. */
const demo = {};

before(async () => {
  const health = await fetch(`${BASE_URL}/`).catch((error) => error);
  assert.ok(health instanceof Response && health.ok, `No app answering at ${BASE_URL}; start the server or set E2E_BASE_URL.`);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
  const { running, ended } = await gql('query ($running: String!, $ended: String!) { running: campaign(slug: $running) { id } ended: campaign(slug: $ended) { id } }', { running: RUNNING, ended: ENDED });
  const { feed } = await gql('query ($id: ID!) { feed(campaignId: $id, first: 1) { nodes { id author { id } hashtags } } }', { id: running.id });
  const [story] = feed.nodes;
  Object.assign(demo, { runningId: running.id, endedId: ended.id, storyId: story.id, authorId: story.author.id, tag: story.hashtags[0] ?? 'morning' });
  const { login } = await gql('mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }', { email: 'customer@demo.local', password: PASSWORD });
  // A story of their own that may still be edited (waiting for review), so the edit page shows its form.
  const input = { campaignId: running.id, title: `Checked on every page ${Date.now().toString(36)}`, body: 'Posted by the page walk to open its edit page.', photoIds: [], grantUsageRights: false };
  const { submitStory } = await gql('mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { id } }', { input }, login.accessToken);
  demo.ownStoryId = submitStory.id;
});

after(async () => {
  await browser?.close();
});

/**
 * Who opens each route, and at which address. Customers' pages are checked on a phone, staff
 * consoles on a desktop (where staff use them).
 */
const PAGES = {
  '': { as: 'visitor', url: () => '/' },
  'c/:slug': { as: 'visitor', url: () => `/c/${RUNNING}` },
  'c/:slug/results': { as: 'visitor', url: () => `/c/${ENDED}/results` },
  'stories/:id': { as: 'visitor', url: () => `/stories/${demo.storyId}` },
  'u/:id': { as: 'visitor', url: () => `/u/${demo.authorId}` },
  search: { as: 'visitor', url: () => '/search?q=%E5%8F%B0%E7%81%AF' },
  'tags/:tag': { as: 'visitor', url: () => `/tags/${encodeURIComponent(demo.tag)}` },
  login: { as: 'visitor', url: () => '/login' },
  register: { as: 'visitor', url: () => '/register' },
  'forgot-password': { as: 'visitor', url: () => '/forgot-password' },
  'reset-password': { as: 'visitor', url: () => '/reset-password?token=not-a-real-token' },
  '*': { as: 'visitor', url: () => '/no-such-page' },
  'c/:slug/share': { as: 'customer', url: () => `/c/${RUNNING}/share` },
  'stories/:id/edit': { as: 'customer', url: () => `/stories/${demo.ownStoryId}/edit` },
  'me/stories': { as: 'customer', url: () => '/me/stories' },
  'me/account': { as: 'customer', url: () => '/me/account' },
  'me/points': { as: 'customer', url: () => '/me/points' },
  'me/notifications': { as: 'customer', url: () => '/me/notifications' },
  moderation: { as: 'moderator', url: () => '/moderation' },
  'moderation/reports': { as: 'moderator', url: () => '/moderation/reports' },
  'moderation/log': { as: 'moderator', url: () => '/moderation/log' },
  'moderation/likes': { as: 'moderator', url: () => '/moderation/likes' },
  brand: { as: 'brand', url: () => '/brand' },
  'brand/campaigns/new': { as: 'brand', url: () => '/brand/campaigns/new' },
  'brand/campaigns/:id/edit': { as: 'brand', url: () => `/brand/campaigns/${demo.runningId}/edit` },
  'brand/campaigns/:id/dashboard': { as: 'brand', url: () => `/brand/campaigns/${demo.runningId}/dashboard` },
  'brand/campaigns/:id/finale': { as: 'brand', url: () => `/brand/campaigns/${demo.endedId}/finale` },
  'brand/campaigns/:id/gallery': { as: 'brand', url: () => `/brand/campaigns/${demo.runningId}/gallery` },
  'brand/terms': { as: 'brand', url: () => '/brand/terms' },
  'brand/webhooks': { as: 'brand', url: () => '/brand/webhooks' },
};
const VISITORS = {
  visitor: { options: PHONE },
  customer: { options: PHONE, email: 'customer@demo.local' },
  moderator: { options: DESKTOP, email: 'moderator@demo.local' },
  brand: { options: DESKTOP, email: 'brand@demo.local' },
};

test('every route of the router has a page in this walk', () => {
  assert.deepEqual(routerPaths(), Object.keys(PAGES).sort());
});

/** A tab of its own, in English, signed in as the demo account if it has one. */
async function open({ options, email }, who) {
  const context = await browser.newContext({ ...options, baseURL: BASE_URL, locale: 'en-US' });
  context.setDefaultTimeout(20_000);
  await context.addInitScript(() => {
    if (!window.localStorage.getItem('ugc.lang')) window.localStorage.setItem('ugc.lang', 'en');
  });
  const page = await context.newPage();
  countRequests(page);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleProblems.push(`[${who}] ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleProblems.push(`[${who}] ${page.url()}: ${error.message}`));
  if (email) await signIn(page, { email, password: PASSWORD });
  return { context, page };
}

/** Audits the page as it is now; each problem names the address and the language. */
async function audit(page, lang) {
  await keepPicture(page, `pages-${new URL(page.url()).pathname.replace(/\W+/g, '_')}-${lang}`, { fullPage: false });
  return (await auditPage(page, { keyboard: false })).map((problem) => `${new URL(page.url()).pathname} (${lang}): ${problem}`);
}

/** Requests in flight per tab, so a page counts as loaded without networkidle's fixed half second per visit. */
const inFlight = new WeakMap();
function countRequests(page) {
  inFlight.set(page, 0);
  const done = () => inFlight.set(page, inFlight.get(page) - 1);
  page.on('request', () => inFlight.set(page, inFlight.get(page) + 1));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
}

/** Once the page has its heading in `lang` and nothing has been loading for a quarter second (lazy chunks, queries, photos). */
async function settled(page, lang) {
  await page.waitForFunction((want) => document.documentElement.lang === want && !!document.querySelector('h1'), lang);
  const deadline = Date.now() + 15_000;
  let quietSince = Date.now();
  while (Date.now() < deadline && Date.now() - quietSince < 250) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (inFlight.get(page) > 0) quietSince = Date.now();
  }
}

// The four visitors' walks run side by side, each in a tab (context) of its own: they only read,
// and each waits on its pages' quiet spells, which the others fill.
describe('every page passes the accessibility checks in English and in Chinese', { concurrency: true }, () => {
  for (const [who, visitor] of Object.entries(VISITORS)) {
    const routes = Object.entries(PAGES).filter(([, page]) => page.as === who);
    test(`as ${who}: ${routes.map(([route]) => `/${route}`).join(', ')}`, { timeout: TIMEOUT }, async () => {
      const { context, page } = await open(visitor, who);
      const problems = [];
      try {
        for (const [, { url }] of routes) {
          await page.goto(url());
          await settled(page, 'en');
          problems.push(...(await audit(page, 'en')));
          await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
          await settled(page, 'zh-CN');
          problems.push(...(await audit(page, 'zh-CN')));
          await page.getByRole('combobox', { name: '语言' }).selectOption('en');
        }
      } finally {
        await context.close();
      }
      assert.deepEqual(problems, []);
    });
  }
});

// Chinese and emoji in the app's own font stack, drawn by the fonts it names (fonts-noto-cjk and
// fonts-noto-color-emoji on Debian), not by whatever fallback the system finds: no tofu boxes, no
// monochrome emoji.
test('Chinese text and emoji are drawn with the fonts of the app\'s stack', { timeout: TIMEOUT }, async () => {
  const { context, page } = await open(VISITORS.visitor, 'fonts');
  try {
    await page.goto(`/stories/${demo.storyId}`);
    await settled(page, 'en');
    const stack = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    for (const family of ['Noto Sans CJK SC', 'Noto Color Emoji']) assert.ok(stack.includes(family), `the font stack names ${family}: ${stack}`);
    await page.evaluate(() => {
      const sample = document.createElement('p');
      sample.id = 'font-sample';
      sample.textContent = '我的生活小物 🌱🎉';
      document.querySelector('main').append(sample);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#font-sample' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const used = fonts.map((font) => font.familyName);
    assert.ok(used.some((name) => /Noto Sans CJK/.test(name)), `the Chinese is drawn with Noto Sans CJK, not ${used.join(', ')}`);
    assert.ok(used.some((name) => /Noto Color Emoji/.test(name)), `the emoji are drawn with Noto Color Emoji, not ${used.join(', ')}`);
  } finally {
    await context.close();
  }
});

test('no errors reached the browser console', () => {
  assert.deepEqual(consoleProblems, []);
});
