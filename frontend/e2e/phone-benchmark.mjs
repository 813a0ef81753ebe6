// The phone budget's benchmark, against a running server with the demo (scripts/test.mjs starts
// one and runs this file last, alone: another walk beside it would be in its time).
//
//   E2E_BASE_URL=http://localhost:3000 E2E_CAMPAIGN_SLUG=my-little-life-things node --test e2e/phone-benchmark.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { initialDownload } from './bundle.mjs';
import { BASE_URL, browserForThisFile, VIEWPORTS } from './people.mjs';

const CAMPAIGN_SLUG = process.env.E2E_CAMPAIGN_SLUG; // optional: otherwise the first open campaign
const STEP_TIMEOUT = 90_000;
const { newPerson, consoleProblems } = browserForThisFile();

/**
 * The phone of the budget (README, "phone budget"): 360×740 px, the CPU 4× slower (Chromium's
 * throttling), 1.6 Mbit/s down and 768 kbit/s up with 150 ms latency, a cold cache.
 */
const SLOW_PHONE = {
  viewport: { name: 'phone', options: { ...VIEWPORTS[0].options, viewport: { width: 360, height: 740 } } },
  cpuSlowdown: 4,
  network: { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 96_000 },
};

// The phone budget: the time to a campaign feed's first story card on that phone. Printed as a
// benchmark (a `PHONE first story card … ms` line), not asserted as a time (the machine is
// shared); the transfer is asserted compressed.
test('benchmark: first story card on a slow phone', { timeout: STEP_TIMEOUT }, async () => {
  const { context, page } = await newPerson(SLOW_PHONE.viewport, 'benchmark');
  try {
    await page.goto('/');
    const href = CAMPAIGN_SLUG ? `/c/${CAMPAIGN_SLUG}` : await page.locator('.campaign-card a').first().getAttribute('href');
    await context.clearCookies();
    const cold = await context.newPage();
    // When the first story card (with its photo decoded) appears, in the page's own clock.
    await cold.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.story-card')) window.__firstCardShell ??= performance.now();
        const img = document.querySelector('.story-card img');
        if (!img) return;
        const done = () => {
          window.__firstCard ??= performance.now();
          observer.disconnect();
        };
        if (img.complete && img.naturalWidth) done();
        else img.addEventListener('load', done, { once: true });
      }).observe(document, { childList: true, subtree: true });
    });
    const cdp = await context.newCDPSession(cold);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
    await cdp.send('Network.emulateNetworkConditions', SLOW_PHONE.network);
    const scripts = new Map();
    cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
      if (type === 'Script') {
        const header = (name) => response.headers[name] ?? response.headers[name.toLowerCase()];
        scripts.set(requestId, { url: response.url, encoding: header('Content-Encoding'), length: Number(header('Content-Length') ?? Infinity) });
      }
    });
    // A signed-out page's queries go as GET by hash, so browsers and CDNs may keep the answers.
    const graphql = [];
    cold.on('response', (response) => {
      if (new URL(response.url()).pathname === '/graphql') graphql.push({ method: response.request().method(), status: response.status(), cacheControl: response.headers()['cache-control'] ?? '' });
    });
    await cold.goto(href, { waitUntil: 'commit' });
    await cold.waitForFunction(() => window.__firstCard !== undefined, null, { timeout: 60_000 });
    const firstCard = await cold.evaluate(() => window.__firstCard);
    const firstShell = await cold.evaluate(() => window.__firstCardShell);
    await cold.waitForLoadState('load');
    assert.ok(
      graphql.some((r) => r.method === 'GET' && r.status === 200 && /public/.test(r.cacheControl)),
      `no cacheable GET among the page's GraphQL requests: ${JSON.stringify(graphql)}`,
    );
    const initial = [...scripts].filter(([, script]) => !/dashboard|moderation|brand/.test(script.url));
    const encodings = [...new Set(initial.map(([, script]) => script.encoding ?? 'none'))].join('/');
    // The scripts whose download ended before the first card, in the page's own clock, and their bytes as sent.
    const scriptsBeforeCard = await cold.evaluate(
      (shell) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => /\.js$/.test(new URL(entry.name).pathname) && entry.responseEnd <= shell)
          .map((entry) => ({ file: new URL(entry.name).pathname.slice(1), bytes: entry.encodedBodySize })),
      firstShell,
    );
    const beforeCard = scriptsBeforeCard.map((script) => script.file);
    const jsBytes = scriptsBeforeCard.reduce((sum, script) => sum + script.bytes, 0);
    // The budget (e2e/budget.mjs) counts from the build; when this server serves that build, the
    // page must not have needed any script the count leaves out.
    const build = (() => {
      try {
        return initialDownload();
      } catch {
        return null;
      }
    })();
    const served = await (await fetch(`${BASE_URL}/`)).text();
    const counted = build?.total.files.find((file) => file.startsWith('assets/index-'));
    if (build && counted && served.includes(`/${counted}`)) {
      const known = new Set([...build.app.files, ...Object.values(build.languages).flatMap((part) => part.files)]);
      assert.deepEqual(beforeCard.filter((file) => !known.has(file)), [], 'scripts downloaded before the first card that the budget does not count');
    }
    const budget = build ? `; the build's first download ${(build.total.gzip / 1024).toFixed(1)} KB gzip, ${(build.total.brotli / 1024).toFixed(1)} KB brotli` : '';
    console.log(
      `PHONE first story card ${Math.round(firstShell)} ms (its photo shown at ${Math.round(firstCard)} ms) on 360×740 px, 4× CPU slowdown, 1.6 Mbit/s with 150 ms; ` +
        `JavaScript before it ${(jsBytes / 1024).toFixed(1)} KB as sent (${encodings}) in ${beforeCard.length} files${budget}`,
    );
    // Files under 1 KB are not worth compressing (the middleware's threshold).
    for (const [, script] of initial) assert.ok(script.length < 1024 || /^(br|gzip)$/.test(script.encoding ?? ''), `${script.url} was sent uncompressed`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // The card's photo comes from a srcset with an intrinsic size (no layout shift).
    const img = cold.locator('.story-card img').first();
    assert.ok(await img.getAttribute('width'), 'the card photo has a width');
    assert.ok(await img.getAttribute('height'), 'the card photo has a height');
  } finally {
    await context.close();
  }
});

test('no errors reached the browser console', () => {
  assert.deepEqual(consoleProblems, []);
});
