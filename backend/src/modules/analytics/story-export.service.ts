import { Injectable } from '@nestjs/common';
import { publicStorySql } from '../stories/story-visibility';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MediaStorage } from '../../core/storage/media-storage';

/** One row of the export, in column order. */
export type StoryExportRow = (string | number)[];

export const STORY_EXPORT_COLUMNS = [
  'story_id',
  'title',
  'author',
  'published_at',
  'likes',
  'comments',
  'featured',
  'usage_rights_granted',
  'usage_rights_granted_at',
  'photo_urls',
];

/** Rows are read in pages of this many: a 100,000-story export never sits in memory at once. */
const PAGE_SIZE = 1000;

interface ExportRecord {
  id: string;
  title: string;
  author: string;
  published_at: Date;
  likes: number;
  comments: number;
  featured: boolean;
  usage_rights_granted: boolean;
  usage_rights_granted_at: Date | null;
  photo_keys: string[] | null;
}

/**
 * The APPROVED stories of a campaign for the brand's follow-up work, page by page in publishing
 * order (keyset over the NEW feed's index). Counts are the exact ones the feeds show.
 */
@Injectable()
export class StoryExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: MediaStorage,
  ) {}

  /**
   * `origin` makes root-relative photo URLs (local disk without MEDIA_PUBLIC_URL) absolute, so
   * that the links still work once the file is opened in Excel.
   */
  async *rows(campaignId: string, origin: string): AsyncGenerator<StoryExportRow> {
    const absolute = (url: string) => (url.startsWith('/') ? `${origin}${url}` : url);
    let after: { publishedAt: Date; id: string } | null = null;
    for (;;) {
      const page: ExportRecord[] = await this.dataSource.query(
        `SELECT s.id, s.title, u.display_name AS author, s.published_at,
                coalesce(t.likes, 0)::int AS likes, coalesce(t.comments, 0)::int AS comments,
                s.featured_at IS NOT NULL AS featured, s.usage_rights_granted, s.usage_rights_granted_at,
                (SELECT array_agg(p.display_key ORDER BY p.position) FROM photos p
                  WHERE p.story_id = s.id AND p.status = 'READY') AS photo_keys
           FROM stories s
           JOIN users u ON u.id = s.author_id
           LEFT JOIN LATERAL (SELECT sum(likes) AS likes, sum(comments) AS comments
                                FROM story_stat_shards WHERE story_id = s.id) t ON true
          WHERE s.campaign_id = $1 AND ${publicStorySql('s')}
            AND ($2::timestamptz IS NULL OR (s.published_at, s.id) > ($2::timestamptz, $3::uuid))
          ORDER BY s.published_at, s.id
          LIMIT ${PAGE_SIZE}`,
        [campaignId, after?.publishedAt ?? null, after?.id ?? null],
      );
      for (const record of page) {
        yield [
          record.id,
          record.title,
          record.author,
          record.published_at.toISOString(),
          record.likes,
          record.comments,
          record.featured ? 'yes' : 'no',
          record.usage_rights_granted ? 'yes' : 'no',
          record.usage_rights_granted && record.usage_rights_granted_at ? record.usage_rights_granted_at.toISOString() : '',
          (record.photo_keys ?? []).map((key) => absolute(this.storage.publicUrl(key))).join(' '),
        ];
      }
      if (page.length < PAGE_SIZE) return;
      const last = page[page.length - 1];
      after = { publishedAt: last.published_at, id: last.id };
    }
  }
}
