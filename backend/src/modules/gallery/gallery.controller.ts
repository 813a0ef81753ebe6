import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { AppConfig } from '../../core/config/app-config';
import { mediaOrigins } from '../../core/web/security-headers';
import { SKU_PATTERN } from '../products/dto/product-tag.input';
import { CAROUSEL_SCRIPT, GALLERY_STYLE, galleryPage } from './gallery-page';
import { GALLERY_MAX_ITEMS, GalleryLanguage, GalleryLayout, GalleryQuery, GalleryService } from './gallery.service';

interface GalleryParams {
  campaign?: string;
  sku?: string;
  layout?: string;
  lang?: string;
  limit?: string;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The product-page gallery, public: `/embed/gallery` is a small page for an iframe, `/api/gallery`
 * the same stories as JSON for the brand's own front end or mini-program. Both may be cached by
 * browsers and CDNs for GALLERY_CACHE_SECONDS (at most 50, so withdrawn consent is gone from
 * every cache within a minute) and revalidated by ETag. Only GALLERY_EMBED_ORIGINS (and this
 * site) may frame the page or read the JSON from a browser.
 */
@Controller()
export class GalleryController {
  constructor(
    private readonly galleries: GalleryService,
    private readonly config: AppConfig,
  ) {}

  @Get('api/gallery')
  async json(@Query() params: GalleryParams, @Req() req: Request, @Res() res: Response): Promise<void> {
    const query = parsed(params);
    if ('error' in query) return void res.status(400).json({ error: query.error });
    const gallery = await this.galleries.gallery(query);
    if (!gallery) return void res.status(404).json({ error: 'No such campaign.' });
    const origin = req.get('origin');
    if (origin && this.embedders().includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    this.sendCacheable(req, res, 'application/json; charset=utf-8', JSON.stringify(gallery));
  }

  @Get('embed/gallery')
  async embed(@Query() params: GalleryParams, @Req() req: Request, @Res() res: Response): Promise<void> {
    const query = parsed(params);
    if ('error' in query) return void res.status(400).type('text/plain').send(query.error);
    const gallery = await this.galleries.gallery(query);
    if (!gallery) return void res.status(404).type('text/plain').send('No such campaign.');
    res.setHeader('Content-Security-Policy', this.embedPolicy());
    // The page's own policy says who may frame it; the app-wide DENY would refuse every shop.
    res.removeHeader('X-Frame-Options');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    this.sendCacheable(req, res, 'text/html; charset=utf-8', galleryPage(gallery, { layout: query.layout, language: query.language }));
  }

  private embedders(): string[] {
    return [this.config.publicOrigin, ...this.config.galleryEmbedOrigins];
  }

  /** No script or style but the page's own (by hash), images from this site and the photo store, framed only by the allowed shops. */
  private embedPolicy(): string {
    const images = ["'self'", this.config.publicOrigin, ...mediaOrigins(this.config)].join(' ');
    return [
      "default-src 'none'",
      `img-src ${images}`,
      `style-src ${sha256(GALLERY_STYLE)}`,
      `script-src ${sha256(CAROUSEL_SCRIPT)}`,
      "base-uri 'none'",
      "form-action 'none'",
      `frame-ancestors 'self' ${this.config.galleryEmbedOrigins.join(' ')}`.trim(),
    ].join('; ');
  }

  /** Cache-Control for browsers and CDNs, and a strong ETag of the body so revalidation costs a 304. */
  private sendCacheable(req: Request, res: Response, type: string, body: string): void {
    const seconds = this.config.GALLERY_CACHE_SECONDS;
    res.setHeader('Cache-Control', seconds > 0 ? `public, max-age=${seconds}, s-maxage=${seconds}` : 'no-cache');
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    res.setHeader('ETag', etag);
    const asked = req.get('if-none-match');
    if (asked && asked.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return void res.status(304).end();
    res.status(200).type(type).send(body);
  }
}

function parsed(params: GalleryParams): (GalleryQuery & { layout: GalleryLayout; language: GalleryLanguage }) | { error: string } {
  const campaignSlug = typeof params.campaign === 'string' ? params.campaign : '';
  if (!/^[a-z0-9-]{3,64}$/.test(campaignSlug)) return { error: 'campaign must be a campaign slug, e.g. campaign=my-little-life-things.' };
  const sku = params.sku === undefined || params.sku === '' ? null : String(params.sku);
  if (sku !== null && !SKU_PATTERN.test(sku)) return { error: 'sku must be 1 to 64 of A-Z, a-z, 0-9, ".", "_" and "-".' };
  const layout = params.layout ?? 'grid';
  if (layout !== 'grid' && layout !== 'carousel') return { error: 'layout must be grid or carousel.' };
  const language = params.lang ?? 'zh-CN';
  if (language !== 'zh-CN' && language !== 'en') return { error: 'lang must be zh-CN or en.' };
  const limit = params.limit === undefined ? 12 : Number(params.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > GALLERY_MAX_ITEMS) return { error: `limit must be 1 to ${GALLERY_MAX_ITEMS}.` };
  return { campaignSlug, sku, layout, language, limit };
}
