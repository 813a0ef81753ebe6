import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import expressStaticGzip from 'express-static-gzip';
import { constants } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { injectPreview, PagePreviews } from './page-previews';

/** The built web app (frontend/dist), if there is one. */
export const WEB_APP_DIR = join(__dirname, '../../../../frontend/dist');

/** Paths the backend answers itself; everything else that is a GET belongs to the web app. */
/** Server answers that can be large and are built per request: GraphQL and the product-page gallery. */
const LARGE_ANSWER_PATHS = /^\/(graphql\/?$|embed\/|api\/)/;
const SERVER_PATHS = /^\/(graphql|media|uploads|exports|mail|metrics|posters|embed|api|healthz|readyz)(\/|$|\?)/;

/**
 * Serves the React app's static files, with long caching for its hashed assets, and answers
 * unknown paths with index.html so that client-side routes survive a reload. Until the app is
 * built, a placeholder page says how to get it.
 */
export function serveWebApp(app: NestExpressApplication, dir = WEB_APP_DIR, previews?: PagePreviews): void {
  const index = join(dir, 'index.html');
  const template = indexTemplate(index);
  // The app's files go compressed: on a phone's slow link the JavaScript's size is most of the
  // wait before the first page. The build writes each as .br (best quality) and .gz beside it,
  // served as they are (express-static-gzip); what has no such copy (index.html answering a
  // client-side route, small files) is compressed here. Only the web app's own files: the API's
  // answers and the streamed exports are left as they are.
  const compress = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } } });
  app.use((req: Request, res: Response, next: NextFunction) => (SERVER_PATHS.test(req.path) ? next() : compress(req, res, next)));
  // Large GraphQL answers (a feed page, a moderation queue) and galleries go compressed too; small ones are not
  // worth the CPU. Exports and media keep their own streaming and are left alone.
  const compressLarge = compression({ threshold: '4kb', brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } } });
  app.use((req: Request, res: Response, next: NextFunction) => (LARGE_ANSWER_PATHS.test(req.path) ? compressLarge(req, res, next) : next()));
  if (existsSync(index)) {
    const precompressed = { enableBrotli: true, orderPreference: ['br', 'gz'] };
    app.use('/assets', expressStaticGzip(join(dir, 'assets'), { ...precompressed, serveStatic: { immutable: true, maxAge: '365d' } }));
    app.use(expressStaticGzip(dir, { ...precompressed, index: false, serveStatic: { index: false, maxAge: '1h' } }));
  }
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATHS.test(req.path)) return next();
    const html = template() ?? PLACEHOLDER;
    if (!previews) return sendPage(res, html);
    // Crawlers run no script: the page's title and Open Graph tags must be in this first answer.
    // Without them (the database unreachable) the page is still the app, which loads on its own.
    previews
      .previewFor({ path: req.path, query: req.query as Record<string, unknown>, ip: req.ip ?? '', userAgent: req.get('user-agent') ?? '' })
      .catch(() => null)
      .then((preview) => sendPage(res, preview ? injectPreview(html, preview) : html))
      .catch(next);
  });
}

function sendPage(res: Response, html: string): void {
  res.setHeader('Cache-Control', 'no-cache');
  res.type('html').send(html);
}

/** index.html as built, read again only when the file changes (a rebuild while running). */
function indexTemplate(file: string): () => string | null {
  let cached: { mtimeMs: number; html: string } | null = null;
  return () => {
    if (!existsSync(file)) return null;
    const { mtimeMs } = statSync(file);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: readFileSync(file, 'utf8') };
    return cached.html;
  };
}

const PLACEHOLDER = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Campaign community</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>我的生活小物 · Campaign community</h1>
<p>The API is running at <a href="/graphql">/graphql</a>. The web app has not been built yet:
run <code>npm start</code> from the repository root (it builds the app), or <code>npm run build -w frontend</code>.</p>
</body></html>`;
