// Pictures of the pages the walks pass through, for people to look at: `E2E_SCREENSHOTS=1` keeps
// them in frontend/artifacts/. Without it none is taken: a full-page capture at a phone's pixel
// density costs 0.1-0.5 s of the browser's CPU (measured on the 2-core machine), about forty of
// them a run, and a run nobody looks at (npm test, CI) has no use for them.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ARTIFACTS = process.env.E2E_SCREENSHOTS ? fileURLToPath(new URL('../artifacts/', import.meta.url)) : null;
if (ARTIFACTS) mkdirSync(ARTIFACTS, { recursive: true });

/** Keeps a picture of `page` as artifacts/<name>.png when pictures are asked for; whole pages unless `{ fullPage: false }`. */
export async function keepPicture(page, name, { fullPage = true } = {}) {
  if (ARTIFACTS) await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage });
}
