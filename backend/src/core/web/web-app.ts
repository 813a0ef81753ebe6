import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import { constants } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The built web app (frontend/dist), if there is one. */
export const WEB_APP_DIR = join(__dirname, '../../../../frontend/dist');

/** Paths the backend answers itself; everything else that is a GET belongs to the web app. */
const GRAPHQL_PATH = /^\/graphql\/?$/;
const SERVER_PATHS = /^\/(graphql|media|uploads|exports|mail|metrics|healthz|readyz)(\/|$|\?)/;

/**
 * Serves the React app's static files, with long caching for its hashed assets, and answers
 * unknown paths with index.html so that client-side routes survive a reload. Until the app is
 * built, a placeholder page says how to get it.
 */
export function serveWebApp(app: NestExpressApplication, dir = WEB_APP_DIR): void {
  const index = join(dir, 'index.html');
  // The app's files go compressed (brotli, else gzip): on a phone's slow link the JavaScript's
  // size is most of the wait before the first page. Only the web app's own files: the API's
  // answers and the streamed exports are left as they are.
  const compress = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } } });
  app.use((req: Request, res: Response, next: NextFunction) => (SERVER_PATHS.test(req.path) ? next() : compress(req, res, next)));
  // Large GraphQL answers (a feed page, a moderation queue) go compressed too; small ones are not
  // worth the CPU. Exports and media keep their own streaming and are left alone.
  const compressLarge = compression({ threshold: '4kb', brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } } });
  app.use((req: Request, res: Response, next: NextFunction) => (GRAPHQL_PATH.test(req.path) ? compressLarge(req, res, next) : next()));
  if (existsSync(index)) {
    app.useStaticAssets(join(dir, 'assets'), { prefix: '/assets', immutable: true, maxAge: '365d' });
    app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  }
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATHS.test(req.path)) return next();
    if (existsSync(index)) {
      res.setHeader('Cache-Control', 'no-cache');
      return res.sendFile(index);
    }
    res.type('html').send(PLACEHOLDER);
  });
}

const PLACEHOLDER = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Campaign community</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>我的生活小物 · Campaign community</h1>
<p>The API is running at <a href="/graphql">/graphql</a>. The web app has not been built yet:
run <code>npm start</code> from the repository root (it builds the app), or <code>npm run build -w frontend</code>.</p>
</body></html>`;
