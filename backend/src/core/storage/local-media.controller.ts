import { Controller, Get, Logger, Param, Put, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { LocalDiskStorage, UploadRejectedError } from './local-disk-storage';
import { isSafeKey, MediaStorage, POSTER_KEY_PREFIX, PRIVATE_KEY_PREFIX, SERVED_CACHE_CONTROL, WITHHELD_KEY_PREFIX } from './media-storage';
import { UploadTokenError, UploadTokenSigner } from './upload-token';

const TOKEN_MESSAGES: Record<UploadTokenError['problem'], { status: number; message: string }> = {
  malformed: { status: 400, message: 'This upload link is malformed.' },
  'bad-signature': { status: 403, message: 'This upload link is not valid.' },
  expired: { status: 410, message: 'This upload link has expired. Request a new one.' },
};

/**
 * The local-disk store's HTTP side: `PUT /uploads/<token>` receives a photo's bytes exactly as its
 * signed grant says, and `GET /media/<key>` serves processed files, cached a minute (they can be
 * taken down). Withheld photos answer only to a signed, expiring read link. Both answer 404 when
 * the app stores media on S3. Refusals are JSON in the GraphQL error shape.
 */
@Controller()
export class LocalMediaController {
  private readonly logger = new Logger(LocalMediaController.name);

  constructor(
    private readonly storage: MediaStorage,
    private readonly signer: UploadTokenSigner,
  ) {}

  @Put('uploads/:token')
  async upload(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const local = this.localStorage();
    if (!local) return refuse(req, res, 404, 'NOT_FOUND', 'Uploads go to the configured object store.');
    let grant;
    try {
      grant = this.signer.verify(token);
    } catch (error) {
      if (!(error instanceof UploadTokenError)) throw error;
      const { status, message } = TOKEN_MESSAGES[error.problem];
      return refuse(req, res, status, error.problem === 'expired' ? 'EXPIRED' : 'FORBIDDEN', message);
    }

    const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (contentType !== grant.contentType) {
      return refuse(req, res, 415, 'BAD_REQUEST', `Send the photo with Content-Type: ${grant.contentType}.`);
    }
    const declaredLength = req.headers['content-length'];
    if (declaredLength === undefined) {
      return refuse(req, res, 411, 'BAD_REQUEST', `Send the photo with Content-Length: ${grant.byteSize}.`);
    }
    if (declaredLength !== String(grant.byteSize)) {
      return refuse(req, res, 400, 'BAD_REQUEST', `The photo must be exactly ${grant.byteSize} bytes, as declared; this one is ${declaredLength}.`);
    }

    try {
      await local.receiveUpload(grant.key, req, grant.byteSize);
    } catch (error) {
      if (error instanceof UploadRejectedError) return refuse(req, res, error.status, 'BAD_REQUEST', error.message);
      if (req.destroyed || (error as NodeJS.ErrnoException).code === 'ECONNRESET') return; // the client went away
      this.logger.error(`upload to ${grant.key} failed: ${error instanceof Error ? error.message : error}`);
      return refuse(req, res, 500, 'INTERNAL_SERVER_ERROR', 'The upload could not be stored. Try again.');
    }
    res.status(204).end();
  }

  @Get('media/*key')
  serve(@Req() req: Request, @Res() res: Response): void {
    const local = this.localStorage();
    const key = req.path.slice('/media/'.length);
    // Private objects (originals, metadata and all) are never served, nor posters (their own endpoint
    // checks the story first); unsafe keys never reach the disk.
    if (!local || !isSafeKey(key) || key.startsWith(PRIVATE_KEY_PREFIX) || key.startsWith(POSTER_KEY_PREFIX)) return refuse(req, res, 404, 'NOT_FOUND', 'Not found.');
    const withheld = key.startsWith(WITHHELD_KEY_PREFIX);
    if (withheld && !this.signer.verifyRead(key, req.query.expires, req.query.signature)) return refuse(req, res, 404, 'NOT_FOUND', 'Not found.');
    res.sendFile(key, {
      root: local.root,
      dotfiles: 'deny',
      headers: { 'Cache-Control': withheld ? 'private, no-store' : SERVED_CACHE_CONTROL, 'X-Content-Type-Options': 'nosniff' },
      cacheControl: false,
    }, (error?: NodeJS.ErrnoException & { status?: number }) => {
      // The browser went away (an image scrolled out of view, a cancelled load): nothing to answer.
      if (!error || res.headersSent || error.code === 'ECONNABORTED' || req.destroyed) return;
      // A missing file, or a folder (e.g. /media/photos): nothing to serve.
      if (error.status === 404 || ['ENOENT', 'ENOTDIR', 'EISDIR'].includes(error.code ?? '')) {
        return refuse(req, res, 404, 'NOT_FOUND', 'Not found.');
      }
      this.logger.error(`serving ${key} failed: ${error.message}`);
      refuse(req, res, 500, 'INTERNAL_SERVER_ERROR', 'Could not read the file.');
    });
  }

  private localStorage(): LocalDiskStorage | null {
    return this.storage instanceof LocalDiskStorage ? this.storage : null;
  }
}

/**
 * Answers with an error without reading an unwanted body: the connection closes after the answer,
 * so a client still sending stops there rather than the server draining it.
 */
function refuse(req: Request, res: Response, status: number, code: string, message: string): void {
  if (!req.complete) res.setHeader('Connection', 'close');
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
