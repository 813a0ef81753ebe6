import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { canonicalId, isId } from '../../core/graphql/id.pipe';
import { RateLimiter, RateLimitPolicy } from '../../core/rate-limit/rate-limiter.service';
import { MediaStorage, POSTER_KEY_PREFIX } from '../../core/storage/media-storage';
import { canViewCampaign } from '../campaigns/campaign-visibility';
import { listedStorySql } from '../stories/story-visibility';
import { POSTER_LAYOUT_VERSION } from './poster-layout';
import { PosterContent, PosterRenderer } from './poster-renderer';
import { ShareLinks } from './share-links';

export type PosterKind = 'story' | 'campaign';

/**
 * Drawing a poster costs about a second of CPU; serving a drawn one costs nothing. Posters not
 * drawn yet are limited per address, so nobody can keep the server drawing (one per story and
 * sharer is what honest sharing needs).
 */
export const POSTER_DRAWINGS_PER_CLIENT: RateLimitPolicy = { name: 'poster-draw', points: 60, windowSeconds: 60 };

/** What a poster shows, before the photo's bytes are read: its cache key is a digest of exactly this. */
type PosterPlan = Omit<PosterContent, 'photo'> & { photoKey: string | null };

const PHOTO_SQL = (owner: string) =>
  `(SELECT p.display_key FROM photos p WHERE ${owner} AND p.status = 'READY' AND NOT p.withheld ORDER BY p.position LIMIT 1)`;

/**
 * Share posters, drawn on first request and kept in media storage under a key that digests
 * everything drawn on them: a new title, photo or campaign name is a new key, so the poster is
 * drawn again, and an old one is never served for new content. Every request first checks that
 * the story is still public (the stories domain's listedStorySql) or the campaign visible, so a
 * removed story's poster stops being served even though its file remains.
 */
@Injectable()
export class PostersService {
  /** Requests for one poster that arrive while it is being drawn wait for the same drawing. */
  private readonly drawing = new Map<string, Promise<Buffer>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: MediaStorage,
    private readonly renderer: PosterRenderer,
    private readonly links: ShareLinks,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * The PNG, or null when there is nothing public to draw. The sharer counts only if the account
   * exists. RATE_LIMITED when `client` has had too many posters drawn.
   */
  async poster(kind: PosterKind, id: string, ref: unknown, client: string): Promise<Buffer | null> {
    if (!isId(id)) return null;
    const sharerId = isId(ref) ? canonicalId(ref) : null;
    const plan = kind === 'story' ? await this.storyPlan(canonicalId(id), sharerId) : await this.campaignPlan(canonicalId(id), sharerId);
    if (!plan) return null;
    const digest = createHash('sha256').update(JSON.stringify([POSTER_LAYOUT_VERSION, plan])).digest('hex').slice(0, 32);
    const key = `${POSTER_KEY_PREFIX}${kind}/${canonicalId(id)}/${digest}.png`;
    let drawing = this.drawing.get(key);
    if (!drawing) {
      drawing = this.cachedOrDrawn(key, plan, client).finally(() => this.drawing.delete(key));
      this.drawing.set(key, drawing);
    }
    return drawing;
  }

  private async cachedOrDrawn(key: string, plan: PosterPlan, client: string): Promise<Buffer> {
    if (await this.storage.stat(key)) return this.storage.read(key);
    await this.limiter.consume(POSTER_DRAWINGS_PER_CLIENT, client);
    const photo = plan.photoKey ? await this.storage.read(plan.photoKey).catch(() => null) : null;
    const { photoKey: _photoKey, ...content } = plan;
    const png = await this.renderer.render({ ...content, photo });
    await this.storage.write(key, png, 'image/png');
    return png;
  }

  private async storyPlan(id: string, sharerId: string | null): Promise<PosterPlan | null> {
    const [row] = await this.dataSource.query<{ title: string; author: string; campaign: string; hashtag: string | null; photo_key: string | null; sharer_id: string | null }[]>(
      `SELECT s.title, u.display_name AS author, c.title AS campaign, c.hashtag, ${PHOTO_SQL('p.story_id = s.id')} AS photo_key,
              (SELECT r.id FROM users r WHERE r.id = $2::uuid) AS sharer_id
         FROM stories s JOIN campaigns c ON c.id = s.campaign_id JOIN users u ON u.id = s.author_id
        WHERE s.id = $1 AND ${listedStorySql('s', 'c')}`,
      [id, sharerId],
    );
    if (!row) return null;
    return {
      title: row.title,
      byline: row.author,
      footer: [row.campaign, row.hashtag].filter(Boolean).join('  '),
      url: this.links.story(id, row.sharer_id),
      photoKey: row.photo_key,
      scanHint: '扫码看故事 · Scan to read',
    };
  }

  private async campaignPlan(id: string, sharerId: string | null): Promise<PosterPlan | null> {
    const [row] = await this.dataSource.query<{ slug: string; title: string; description: string; hashtag: string | null; published: boolean; photo_key: string | null; sharer_id: string | null }[]>(
      `SELECT c.slug, c.title, c.description, c.hashtag, c.published, ${PHOTO_SQL('p.id = c.cover_photo_id')} AS photo_key,
              (SELECT r.id FROM users r WHERE r.id = $2::uuid) AS sharer_id
         FROM campaigns c WHERE c.id = $1`,
      [id, sharerId],
    );
    if (!row || !canViewCampaign(null, row)) return null;
    return {
      title: row.title,
      byline: row.description,
      footer: row.hashtag ?? '',
      url: this.links.campaign(row.slug, row.sharer_id),
      photoKey: row.photo_key,
      scanHint: '扫码参加 · Scan to join',
    };
  }
}
