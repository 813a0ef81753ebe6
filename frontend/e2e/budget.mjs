// The phone budget's bytes (README, "phone budget"): the JavaScript a first visit to a campaign
// downloads before its first story card, from the build in dist/ (`npx vite build` first).
//
//   node --test e2e/budget.mjs
//
// The time half of the budget is printed by run.mjs's benchmark, not asserted (shared machine).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INITIAL_JS_CEILING_GZIP, INITIAL_JS_TARGET_GZIP, initialDownload } from './bundle.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

test(`a first visit downloads at most ${kb(INITIAL_JS_CEILING_GZIP)} of JavaScript (gzip)`, () => {
  const { app, languages, total } = initialDownload();
  const perLanguage = Object.entries(languages).map(([language, part]) => `${language} ${kb(part.gzip)} / ${kb(part.brotli)}`);
  const gap = total.gzip - INITIAL_JS_TARGET_GZIP;
  console.log(
    `BUDGET initial JavaScript ${kb(total.gzip)} gzip, ${kb(total.brotli)} brotli in ${total.files.length} files ` +
      `(the app ${kb(app.gzip)} / ${kb(app.brotli)}; texts, gzip / brotli: ${perLanguage.join(', ')}); ` +
      (gap > 0 ? `${kb(gap)} over the ${kb(INITIAL_JS_TARGET_GZIP)} target` : `within the ${kb(INITIAL_JS_TARGET_GZIP)} target`),
  );
  assert.ok(total.gzip <= INITIAL_JS_CEILING_GZIP, `the first download is ${kb(total.gzip)} gzip, over its ${kb(INITIAL_JS_CEILING_GZIP)} ceiling: ${total.files.join(', ')}`);
});

test('a first visit downloads the texts of one language only', () => {
  const { app, languages } = initialDownload();
  for (const [language, part] of Object.entries(languages)) {
    assert.ok(part.files.length > 0, `${language}'s texts are part of the app's own scripts`);
    for (const file of part.files) assert.ok(!app.files.includes(file), `${file} (${language}) is in every first download`);
  }
});
