import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { MediaStorage } from '../../core/storage/media-storage';
import { DISPLAY_LONGEST_SIDE, THUMBNAIL_LONGEST_SIDE } from '../photos/photo-rules';
import { openCampaignSql } from '../campaigns/campaign-visibility';
import { publicStorySql } from '../stories/story-visibility';
import { scopeGrantedSql, UsageScope } from '../stories/usage-scope';

export type GalleryLayout = 'grid' | 'carousel';
export type GalleryLanguage = 'zh-CN' | 'en';

export interface GalleryQuery {
  campaignSlug: string;
  sku: string | null;
  limit: number;
}

export interface GalleryImage {
  /** The 480 px rendition, for the grid and for srcset's small entry. */
  src: string;
  srcset: string;
  width: number | null;
  height: number | null;
}

export interface GalleryItem {
  id: string;
  title: string;
  excerpt: string;
  author: string;
  likeCount: number;
  featured: boolean;
  publishedAt: string;
  url: string;
  image: GalleryImage;
  products: { sku: string; name: string | null; url: string | null }[];
}

export interface Gallery {
  campaign: { slug: string; title: string; url: string };
  sku: string | null;
  items: GalleryItem[];
}

interface GalleryRow {
  id: string;
  title: string;
  body: string;
  author: string;
  like_count: number;
  featured: boolean;
  published_at: Date;
  photo: { display: string; thumb: string; width: number | null; height: number | null };
  products: GalleryItem['products'] | null;
}

export const GALLERY_MAX_ITEMS = 48;
const EXCERPT_CHARACTERS = 80;

/**
 * The product-page gallery: stories whose authors granted PRODUCT_PAGES, public (APPROVED, not
 * deleted) in a published, started campaign, by authors who are not suspended or deleted, with
 * a finished photo; tagged with the SKU when one is asked for. Order: featured first (most
 * recently featured first), then most liked, then newest. Read on every request (one indexed
 * query): a withdrawal is out of the next response, and caches keep it at most
 * GALLERY_CACHE_SECONDS.
 */
@Injectable()
export class GalleryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: MediaStorage,
    private readonly config: AppConfig,
  ) {}

  async gallery(query: GalleryQuery): Promise<Gallery | null> {
    const [campaign]: { id: string; slug: string; title: string }[] = await this.dataSource.query(
      `SELECT c.id, c.slug, c.title FROM campaigns c WHERE c.slug = $1 AND ${openCampaignSql('c')}`,
      [query.campaignSlug],
    );
    if (!campaign) return null;
    const rows: GalleryRow[] = await this.dataSource.query(
      `SELECT s.id, s.title, s.body, u.display_name AS author, s.like_count, s.featured_at IS NOT NULL AS featured, s.published_at,
              json_build_object('display', p.display_key, 'thumb', p.thumbnail_key, 'width', p.width, 'height', p.height) AS photo,
              (SELECT json_agg(json_build_object('sku', sp.sku, 'name', sp.name, 'url', sp.url) ORDER BY sp.position)
                 FROM story_products sp WHERE sp.story_id = s.id) AS products
         FROM stories s
         JOIN users u ON u.id = s.author_id
         -- The first finished photo; a story without one is not in a photo gallery.
         CROSS JOIN LATERAL (SELECT display_key, thumbnail_key, width, height FROM photos
                              WHERE story_id = s.id AND status = 'READY' AND NOT withheld ORDER BY position LIMIT 1) p
        WHERE s.campaign_id = $1 AND ${publicStorySql('s')} AND ${scopeGrantedSql(UsageScope.PRODUCT_PAGES, 's')}
          AND u.deleted_at IS NULL AND (u.suspended_until IS NULL OR u.suspended_until <= now())
          AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM story_products t WHERE t.campaign_id = s.campaign_id AND t.sku = $2 AND t.story_id = s.id))
        ORDER BY s.featured_at DESC NULLS LAST, s.like_count DESC, s.published_at DESC, s.id
        LIMIT $3`,
      [campaign.id, query.sku, query.limit],
    );
    const origin = this.config.publicOrigin;
    const absolute = (url: string) => (url.startsWith('/') ? `${origin}${url}` : url);
    return {
      campaign: { slug: campaign.slug, title: campaign.title, url: `${origin}/c/${campaign.slug}` },
      sku: query.sku,
      items: rows.map((row) => {
        const photo = row.photo;
        const thumb = absolute(this.storage.publicUrl(photo.thumb));
        const display = absolute(this.storage.publicUrl(photo.display));
        const width = (longest: number) => renditionWidth(photo, longest);
        return {
          id: row.id,
          title: row.title,
          excerpt: excerpt(row.body),
          author: row.author,
          likeCount: Number(row.like_count),
          featured: row.featured,
          publishedAt: row.published_at.toISOString(),
          url: `${origin}/stories/${row.id}`,
          image: { src: thumb, srcset: `${thumb} ${width(THUMBNAIL_LONGEST_SIDE)}w, ${display} ${width(DISPLAY_LONGEST_SIDE)}w`, width: photo.width, height: photo.height },
          products: row.products ?? [],
        };
      }),
    };
  }
}

/** How wide a rendition scaled to fit `longest` px on its longest side is (never enlarged). */
function renditionWidth(photo: { width: number | null; height: number | null }, longest: number): number {
  if (!photo.width || !photo.height) return longest;
  return Math.round(photo.width * Math.min(1, longest / Math.max(photo.width, photo.height)));
}

/** The body's first characters as people count them (an emoji or 汉字 is one), on one line. */
function excerpt(body: string): string {
  const characters = [...body.replace(/\s+/g, ' ').trim()];
  return characters.length > EXCERPT_CHARACTERS ? `${characters.slice(0, EXCERPT_CHARACTERS).join('')}…` : characters.join('');
}
