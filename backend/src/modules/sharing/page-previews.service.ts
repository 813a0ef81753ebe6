import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { canonicalId, isId } from '../../core/graphql/id.pipe';
import { PagePreview, PagePreviews, PageRequest } from '../../core/web/page-previews';
import { canViewCampaign } from '../campaigns/campaign-visibility';
import { listedStorySql } from '../stories/story-visibility';
import { POSTER_HEIGHT, POSTER_WIDTH } from './poster-layout';
import { ReferralsService } from './referrals.service';
import { REF_PARAM, ShareLinks } from './share-links';

/** Link previews may lag an edit by this much; a crawler burst on a shared link costs one query. */
const PREVIEW_TTL_MS = 30_000;
const MAX_CACHED_PREVIEWS = 5000;
const DESCRIPTION_LENGTH = 160;

const SITE_NAME = '我的生活小物 · Little Stories';
const SITE_DESCRIPTION = 'Stories of the small things in everyday life, shared by the people who live them.';

/** The pages that have their own preview: the web app's routes (frontend/src/lib/paths.ts). */
const ROUTES: { pattern: RegExp; kind: 'story' | 'campaign' | 'profile' }[] = [
  { pattern: /^\/stories\/([^/]+)\/?$/, kind: 'story' },
  { pattern: /^\/c\/([^/]+)(?:\/results)?\/?$/, kind: 'campaign' },
  { pattern: /^\/u\/([^/]+)\/?$/, kind: 'profile' },
];

/** The preview and the campaign a visit to the page counts for. */
interface Previewed {
  preview: PagePreview;
  campaignId?: string;
}

/** A page that shows nothing of its content: hidden, removed and missing look the same. */
type Found = Previewed | 'NEUTRAL';

/**
 * The title, description and Open Graph tags of a shared page, from one query per page kept a
 * few seconds in memory. Stories are previewed as an anonymous visitor sees them (the stories
 * domain's listedStorySql), so a hidden or removed story's link shows a neutral page.
 * A visit through a shared link (?ref=) is recorded on the way.
 */
@Injectable()
export class SharePagePreviews extends PagePreviews {
  private readonly cache = new LRUCache<string, Found>({ max: MAX_CACHED_PREVIEWS, ttl: PREVIEW_TTL_MS });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: ShareLinks,
    private readonly referrals: ReferralsService,
  ) {
    super();
  }

  async previewFor(page: PageRequest): Promise<PagePreview | null> {
    const route = ROUTES.map((r) => ({ kind: r.kind, match: r.pattern.exec(page.path) })).find((r) => r.match);
    if (!route) return null;
    const key = safeDecode(route.match![1]);
    const cacheKey = `${route.kind}:${key}`;
    let found = this.cache.get(cacheKey);
    if (!found) {
      found = (await this.load(route.kind, key)) ?? 'NEUTRAL';
      this.cache.set(cacheKey, found);
    }
    const ref = page.query[REF_PARAM];
    if (found !== 'NEUTRAL' && typeof ref === 'string' && found.campaignId) {
      // Never in the way of the page: a failed count is not worth a failed visit.
      await this.referrals.recordVisit({ sharerId: ref, campaignId: found.campaignId, ip: page.ip, userAgent: page.userAgent }).catch(() => undefined);
    }
    return found === 'NEUTRAL' ? this.neutral(page.path) : found.preview;
  }

  private neutral(path: string): PagePreview {
    return { title: SITE_NAME, description: SITE_DESCRIPTION, image: null, url: this.links.absolute(path), type: 'website' };
  }

  private async load(kind: 'story' | 'campaign' | 'profile', key: string): Promise<Previewed | null> {
    if (kind === 'campaign') return this.campaign(key);
    if (!isId(key)) return null;
    return kind === 'story' ? this.story(canonicalId(key)) : this.profile(canonicalId(key));
  }

  private async story(id: string): Promise<Previewed | null> {
    const [row] = await this.dataSource.query<{ id: string; title: string; body: string; author: string; campaign_id: string; campaign: string }[]>(
      `SELECT s.id, s.title, s.body, u.display_name AS author, c.id AS campaign_id, c.title AS campaign
         FROM stories s JOIN campaigns c ON c.id = s.campaign_id JOIN users u ON u.id = s.author_id
        WHERE s.id = $1 AND ${listedStorySql('s', 'c')}`,
      [id],
    );
    if (!row) return null;
    return {
      campaignId: row.campaign_id,
      preview: {
        title: `${row.title} · ${row.author}`,
        description: excerpt(row.body) || row.campaign,
        image: this.poster('story', row.id),
        url: this.links.story(row.id),
        type: 'article',
      },
    };
  }

  private async campaign(slug: string): Promise<Previewed | null> {
    const [row] = await this.dataSource.query<{ id: string; slug: string; title: string; description: string; published: boolean }[]>(
      `SELECT id, slug, title, description, published FROM campaigns WHERE slug = $1`,
      [slug],
    );
    if (!row || !canViewCampaign(null, row)) return null;
    return {
      campaignId: row.id,
      preview: {
        title: row.title,
        description: excerpt(row.description),
        image: this.poster('campaign', row.id),
        url: this.links.campaign(row.slug),
        type: 'website',
        campaignId: row.id,
      },
    };
  }

  private async profile(id: string): Promise<Previewed | null> {
    const [row] = await this.dataSource.query<{ id: string; display_name: string; bio: string | null }[]>(
      `SELECT id, display_name, bio FROM users WHERE id = $1`,
      [id],
    );
    if (!row) return null;
    return {
      preview: {
        title: `${row.display_name} · ${SITE_NAME}`,
        description: excerpt(row.bio ?? '') || SITE_DESCRIPTION,
        image: null,
        url: this.links.profile(row.id),
        type: 'profile',
      },
    };
  }

  private poster(kind: 'story' | 'campaign', id: string) {
    return { url: this.links.poster(kind, id), width: POSTER_WIDTH, height: POSTER_HEIGHT };
  }
}

/** The first words of a text, on one line, cut at a character (not a UTF-16 half). */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > DESCRIPTION_LENGTH ? `${chars.slice(0, DESCRIPTION_LENGTH - 1).join('')}…` : flat;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
