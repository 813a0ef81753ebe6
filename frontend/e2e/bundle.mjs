// What a first visit downloads, read from the build (dist/): the phone budget counts its bytes.
// Bytes are the same on every run, unlike timings on a shared machine, so they can be asserted.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * The phone budget: at most this much JavaScript before the campaign feed's first card (README,
 * "phone budget"), compressed as sent. It holds for both encodings the server has: brotli, which
 * every current browser asks for and gets (backend/src/core/web/web-app.ts serves the build's
 * `.br`), and the gzip (Zopfli) copy sent to clients that do not take brotli.
 */
export const INITIAL_JS_BUDGET = 170 * 1024;

/** The language files the app loads on demand (src/i18n/index.ts), one of which a first visit needs. */
const LANGUAGE_SOURCES = { en: 'src/i18n/en.json', 'zh-CN': 'src/i18n/zh-CN.json' };

/** A file's size as sent: its precompressed copy, or the file itself under the 1 KB threshold. */
function sentSize(file, extension) {
  const path = `${DIST}${file}`;
  return statSync(existsSync(`${path}.${extension}`) ? `${path}.${extension}` : path).size;
}

function sizes(files) {
  return {
    files,
    gzip: files.reduce((sum, file) => sum + sentSize(file, 'gz'), 0),
    brotli: files.reduce((sum, file) => sum + sentSize(file, 'br'), 0),
  };
}

/**
 * The page's own scripts (index.html's entry and everything it imports, statically: the
 * campaign pages are in it) and, per language, that language's texts. A visit downloads the
 * first and one of the others; `total` is with the larger language.
 */
export function initialDownload() {
  const manifestPath = `${DIST}.vite/manifest.json`;
  if (!existsSync(manifestPath)) throw new Error(`No build at ${DIST}: run \`npx vite build\` in frontend/ first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const collect = (key, into) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return into;
    into.add(chunk.file);
    for (const imported of chunk.imports ?? []) collect(imported, into);
    return into;
  };
  const page = collect('index.html', new Set());
  const languages = Object.fromEntries(
    Object.entries(LANGUAGE_SOURCES).map(([language, source]) => {
      if (!manifest[source]) throw new Error(`${source} is not a chunk of its own in the build`);
      return [language, sizes([...collect(source, new Set())].filter((file) => !page.has(file)))];
    }),
  );
  const largest = Object.values(languages).reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const app = sizes([...page]);
  return {
    app,
    languages,
    total: { files: [...app.files, ...largest.files], gzip: app.gzip + largest.gzip, brotli: app.brotli + largest.brotli },
  };
}
