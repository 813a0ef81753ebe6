// The phone budget's bytes (README, "phone budget"): the JavaScript a first visit to a campaign
// downloads before its first story card, from the build in dist/ (`npx vite build` first).
//
//   node --test e2e/budget.mjs
//
// The time half of the budget is printed by run.mjs's benchmark, not asserted (shared machine).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INITIAL_JS_BUDGET, initialDownload } from './bundle.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

test(`a first visit downloads at most ${kb(INITIAL_JS_BUDGET)} of JavaScript, brotli as served and gzip as the fallback`, () => {
  const { app, languages, total } = initialDownload();
  const perLanguage = Object.entries(languages).map(([language, part]) => `${language} ${kb(part.brotli)} / ${kb(part.gzip)}`);
  console.log(
    `BUDGET initial JavaScript ${kb(total.brotli)} brotli (what browsers are sent), ${kb(total.gzip)} gzip, in ${total.files.length} files ` +
      `(the app ${kb(app.brotli)} / ${kb(app.gzip)}; texts, brotli / gzip: ${perLanguage.join(', ')}); ` +
      `${kb(INITIAL_JS_BUDGET - total.brotli)} brotli and ${kb(INITIAL_JS_BUDGET - total.gzip)} gzip left of the ${kb(INITIAL_JS_BUDGET)} budget`,
  );
  // What phones receive: every browser the app supports asks for brotli, and the server sends the build's .br.
  assert.ok(total.brotli <= INITIAL_JS_BUDGET, `the first download is ${kb(total.brotli)} brotli, over the ${kb(INITIAL_JS_BUDGET)} budget: ${total.files.join(', ')}`);
  // What a client without brotli receives (the build's Zopfli .gz): held to the same budget.
  assert.ok(total.gzip <= INITIAL_JS_BUDGET, `the first download is ${kb(total.gzip)} gzip, over the ${kb(INITIAL_JS_BUDGET)} budget: ${total.files.join(', ')}`);
});

test('a first visit downloads the texts of one language only', () => {
  const { app, languages } = initialDownload();
  for (const [language, part] of Object.entries(languages)) {
    assert.ok(part.files.length > 0, `${language}'s texts are part of the app's own scripts`);
    for (const file of part.files) assert.ok(!app.files.includes(file), `${file} (${language}) is in every first download`);
  }
});
