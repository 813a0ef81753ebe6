import { Injectable } from '@nestjs/common';
import { publicStorySql } from '../stories/story-visibility';
import { UsageScope } from '../stories/usage-scope';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MediaStorage } from '../../core/storage/media-storage';

/** One row of the export, in column order. */
export type StoryExportRow = (string | number)[];

export interface StoryExportOptions {
  /** Every APPROVED story, with the consent columns; by default only those whose authors granted usage rights. */
  includeWithoutConsent: boolean;
  /** Only stories whose authors granted this scope (a reuse that needs one, e.g. ADVERTISING). */
  scope: UsageScope | null;
  /** The campaign's time zone, for the local-time columns beside UTC. */
  timeZone: string;
  /** One column per photo, up to the campaign's photo limit. */
  photoColumns: number;
  /** Makes root-relative photo URLs (local disk without MEDIA_PUBLIC_URL) absolute, so links work from the spreadsheet. */
  origin: string;
}

export function storyExportColumns(options: Pick<StoryExportOptions, 'timeZone' | 'photoColumns'>): string[] {
  return [
    'story_id',
    'title',
    'text',
    'author',
    'published_at_utc',
    `published_at_local (${options.timeZone})`,
    'likes',
    'comments',
    'featured',
    'usage_rights_granted',
    'usage_scopes',
    'usage_rights_granted_at_utc',
    `usage_rights_granted_at_local (${options.timeZone})`,
    ...Array.from({ length: options.photoColumns }, (_, i) => `photo_${i + 1}`),
  ];
}

/** Rows are read in pages of this many: a 100,000-story export never sits in memory at once. */
const PAGE_SIZE = 1000;

interface ExportRecord {
  id: string;
  title: string;
  body: string;
  author: string;
  published_at: Date;
  likes: number;
  comments: number;
  featured: boolean;
  usage_rights_granted: boolean;
  usage_scopes: string[];
  usage_rights_granted_at: Date | null;
  photo_keys: string[] | null;
}

/**
 * The APPROVED stories of a campaign for the brand's reuse, page by page in publishing order
 * (keyset over the NEW feed's index). By default only stories whose authors granted usage rights
 * and have not withdrawn them (`scope` narrows it to one scope): reuse needs consent. Counts are the exact ones the feeds show.
 */
@Injectable()
export class StoryExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: MediaStorage,
  ) {}

  async *rows(campaignId: string, options: StoryExportOptions): AsyncGenerator<StoryExportRow> {
    const absolute = (url: string) => (url.startsWith('/') ? `${options.origin}${url}` : url);
    const local = localTimeFormatter(options.timeZone);
    let after: { publishedAt: Date; id: string } | null = null;
    for (;;) {
      const page: ExportRecord[] = await this.dataSource.query(
        `SELECT s.id, s.title, s.body, u.display_name AS author, s.published_at,
                coalesce(t.likes, 0)::int AS likes, coalesce(t.comments, 0)::int AS comments,
                s.featured_at IS NOT NULL AS featured, s.usage_rights_granted, s.usage_scopes, s.usage_rights_granted_at,
                (SELECT array_agg(p.display_key ORDER BY p.position) FROM photos p
                  WHERE p.story_id = s.id AND p.status = 'READY') AS photo_keys
           FROM stories s
           JOIN users u ON u.id = s.author_id
           LEFT JOIN LATERAL (SELECT sum(likes) AS likes, sum(comments) AS comments
                                FROM story_stat_shards WHERE story_id = s.id) t ON true
          WHERE s.campaign_id = $1 AND ${publicStorySql('s')}
            AND ($4::boolean OR s.usage_rights_granted)
            AND ($5::text IS NULL OR $5 = ANY(s.usage_scopes))
            AND ($2::timestamptz IS NULL OR (s.published_at, s.id) > ($2::timestamptz, $3::uuid))
          ORDER BY s.published_at, s.id
          LIMIT ${PAGE_SIZE}`,
        [campaignId, after?.publishedAt ?? null, after?.id ?? null, options.includeWithoutConsent, options.scope],
      );
      for (const record of page) {
        const grantedAt = record.usage_rights_granted ? record.usage_rights_granted_at : null;
        const photos = (record.photo_keys ?? []).map((key) => absolute(this.storage.publicUrl(key)));
        yield [
          record.id,
          record.title,
          record.body,
          record.author,
          record.published_at.toISOString(),
          local(record.published_at),
          record.likes,
          record.comments,
          record.featured ? 'yes' : 'no',
          record.usage_rights_granted ? 'yes' : 'no',
          record.usage_scopes.filter((scope) => scope !== UsageScope.COMMUNITY).join(' '),
          grantedAt ? grantedAt.toISOString() : '',
          grantedAt ? local(grantedAt) : '',
          ...Array.from({ length: options.photoColumns }, (_, i) => photos[i] ?? ''),
        ];
      }
      if (page.length < PAGE_SIZE) return;
      const last = page[page.length - 1];
      after = { publishedAt: last.published_at, id: last.id };
    }
  }
}

/** "2026-07-01 20:15:00" in the given zone: what a spreadsheet reads as a date and time. */
function localTimeFormatter(timeZone: string): (date: Date) => string {
  const format = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  return (date) => format.format(date);
}

/**
 * A cell a spreadsheet will not run: every line that starts like a formula (=, +, -, @, tab or
 * CR) gets a leading apostrophe. Every line, because a spreadsheet may treat each line of a
 * quoted multi-line cell on its own when the text is pasted or re-imported.
 */
export function inertCell(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 0 && /^[=+\-@\t\r]/.test(part) ? `'${part}` : part))
    .join('');
}
