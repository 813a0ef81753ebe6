// The browser and the people of the phone and desktop walk (run.mjs) and of the phone benchmark
// (phone-benchmark.mjs): one Chromium per file, a browser context per person.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const UI_TIMEOUT = 15_000;

export const VIEWPORTS = [
  // 360 px: the narrowest phones the app is laid out for.
  { name: 'phone', options: { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } },
  { name: 'desktop', options: { viewport: { width: 1366, height: 900 } } },
];

/**
 * Registers the file's hooks: Chromium is started before its tests (once the server answers)
 * and closed after them. Returns the file's people and the console problems they met: every
 * console error and uncaught exception, per page, so the file can insist on a clean console.
 */
export function browserForThisFile() {
  let browser;
  const consoleProblems = [];
  before(async () => {
    const health = await fetch(`${BASE_URL}/`).catch((error) => error);
    assert.ok(health instanceof Response && health.ok, `No app answering at ${BASE_URL}; start the server or set E2E_BASE_URL.`);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  after(async () => {
    await browser?.close();
  });

  /** A fresh person (own cookies and storage) with the UI pinned to English so selectors are stable. */
  async function newPerson(viewport, label) {
    const context = await browser.newContext({ ...viewport.options, baseURL: BASE_URL, locale: 'en-US' });
    context.setDefaultTimeout(UI_TIMEOUT);
    await context.addInitScript(() => {
      if (!window.localStorage.getItem('ugc.lang')) window.localStorage.setItem('ugc.lang', 'en');
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleProblems.push(`[${viewport.name}/${label}] console: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleProblems.push(`[${viewport.name}/${label}] page error: ${error.message}`));
    return { context, page };
  }
  return { newPerson, consoleProblems };
}
