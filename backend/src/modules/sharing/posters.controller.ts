import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RateLimitedError } from '../../core/errors/app-errors';
import { SERVED_CACHE_CONTROL } from '../../core/storage/media-storage';
import { PosterKind, PostersService } from './posters.service';
import { REF_PARAM } from './share-links';

const KINDS: readonly PosterKind[] = ['story', 'campaign'];

/** `GET /posters/story/<id>.png?ref=<sharer>` and `/posters/campaign/<id>.png`: the PNG, or 404 when there is nothing public to show. */
@Controller('posters')
export class PostersController {
  constructor(private readonly posters: PostersService) {}

  @Get(':kind/:file')
  async poster(
    @Param('kind') kind: string,
    @Param('file') file: string,
    @Query(REF_PARAM) ref: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const id = /^(.+)\.png$/.exec(file)?.[1];
    let png: Buffer | null = null;
    try {
      png = id && (KINDS as readonly string[]).includes(kind) ? await this.posters.poster(kind as PosterKind, id, ref, req.ip ?? 'unknown') : null;
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
      res.setHeader('Retry-After', String(error.retryAfterSeconds));
      res.status(429).json({ errors: [{ message: error.message, extensions: { code: error.code, retryAfterSeconds: error.retryAfterSeconds } }] });
      return;
    }
    if (!png) {
      res.status(404).json({ errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    // Bounded like photos: a story taken down stops being served within a minute, caches included.
    res.setHeader('Cache-Control', SERVED_CACHE_CONTROL);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.type('png').send(png);
  }
}
