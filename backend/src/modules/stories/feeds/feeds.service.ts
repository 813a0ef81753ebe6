import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../../core/auth/viewer';
import { AppConfig } from '../../../core/config/app-config';
import { ReadReplica } from '../../../core/database/read-replica';
import { SharedAnswers } from '../../../core/graphql/shared-answers';
import { RecentRows } from '../../../core/graphql/recent-rows';
import { BadUserInputError, NotFoundError } from '../../../core/errors/app-errors';
import { isId } from '../../../core/graphql/id.pipe';
import { Page } from '../../../core/pagination/connection';
import { decodeCursor, encodeCursor } from '../../../core/pagination/cursor';
import { PageArgs } from '../../../core/pagination/page.args';
import { CampaignByIdLoader } from '../../campaigns/campaign-by-id.loader';
import { CampaignEntity } from '../../campaigns/campaign.entity';
import { canViewCampaign } from '../../campaigns/campaign-visibility';
import { keysetPage } from '../../../core/pagination/keyset-page';
import { canSeeContentOf, listedStorySql, publicStorySql } from '../story-visibility';
import { StoryEntity } from '../story.entity';
import { FeedArgs } from './feed.args';
import { FeedSort } from './feed-sort.enum';
import { FeedSnapshots } from './feed-snapshots';

/** Positions a TOP/HOT snapshot holds; a reader who gets past them extends it by as many again. */
export const SNAPSHOT_SIZE = 1000;
/** Extra positions read per page, to fill in for stories removed since the snapshot was taken. */
const SLACK = 10;

/** The index orders (see story.entity.ts), over stories aliased `s`. */
const SNAPSHOT_ORDER: Record<FeedSort.TOP | FeedSort.HOT, string> = {
  [FeedSort.TOP]: 's.like_count DESC, s.published_at DESC, s.id DESC',
  [FeedSort.HOT]: 's.hot_score DESC, s.id DESC',
};

/** SNAPSHOT_ORDER on loaded rows: the order of one page's stories. */
const PAGE_ORDER: Record<FeedSort.TOP | FeedSort.HOT, (a: StoryEntity, b: StoryEntity) => number> = {
  [FeedSort.TOP]: (a, b) => b.likeCount - a.likeCount || byDesc(a.publishedAt, b.publishedAt) || byDesc(a.id, b.id),
  [FeedSort.HOT]: (a, b) => b.hotScore - a.hotScore || byDesc(a.id, b.id),
};

function byDesc<T extends string | Date | null>(a: T, b: T): number {
  const [x, y] = [a instanceof Date ? a.getTime() : a, b instanceof Date ? b.getTime() : b];
  return x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? 1 : -1;
}

/**
 * A campaign's APPROVED stories in four orders. NEW and FEATURED are keyset pages over stable
 * keys (published_at / featured_at, id). TOP and HOT keys move while people read, so the first
 * page keeps the order as it stands (the first SNAPSHOT_SIZE ids, one index scan) in
 * FeedSnapshots (memory or Redis: a read never writes to the database) and later pages read
 * positions from it: walking page by page shows every story once, with no gaps or
 * repeats, however likes move underneath. A reader who reaches the end of a full snapshot gets
 * it extended with the next stories in the current order, excluding every id already in it,
 * so the guarantee holds at any depth.
 *
 * A page is the same for every viewer who may see the campaign: the campaign and each page are
 * shared by the readers of this instance for RECENT_READS_MS (RecentRows), and a story's
 * status, featuring or consent changing here forgets the pages at once (StoryEvents). Feeds
 * are read from the read replica when there is one (a read never writes).
 */
@Injectable()
export class FeedsService {
  private readonly recentPages: RecentRows<Page<StoryEntity>>;

  constructor(
    private readonly replica: ReadReplica,
    private readonly snapshots: FeedSnapshots,
    private readonly campaigns: CampaignByIdLoader,
    private readonly sharedAnswers: SharedAnswers,
    config: AppConfig,
  ) {
    this.recentPages = new RecentRows(config.RECENT_READS_MS);
  }

  /** The page, and the campaign it belongs to (read anyway to check the viewer may see it). */
  async feed(viewer: Viewer | null, args: FeedArgs): Promise<{ campaign: CampaignEntity; page: Page<StoryEntity> }> {
    const campaign = await this.campaigns.recent(args.campaignId);
    if (!campaign || !canViewCampaign(viewer, campaign)) throw new NotFoundError('That campaign');
    // A SCHEDULED campaign shows its page, not stories (nor a DRAFT's, but to staff previewing it).
    if (!canSeeContentOf(viewer, campaign)) return { campaign, page: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } };
    const page = await this.recentPages.get(`${campaign.id}:${args.sort}:${args.first}:${args.after ?? ''}`, () => this.campaignPage(campaign, args));
    return { campaign, page };
  }

  /** Which stories pages hold, or their order, changed on this instance: read them afresh. */
  forgetPages(): void {
    this.recentPages.forgetAll();
    this.sharedAnswers.forgetAll();
  }

  private async campaignPage(campaign: CampaignEntity, args: FeedArgs): Promise<Page<StoryEntity>> {
    switch (args.sort) {
      case FeedSort.NEW:
      case FeedSort.FEATURED: {
        const featured = args.sort === FeedSort.FEATURED;
        const query = this.replica.dataSource
          .getRepository(StoryEntity)
          .createQueryBuilder('s')
          .where('s.campaign_id = :campaignId', { campaignId: campaign.id })
          .andWhere(publicStorySql('s'));
        if (featured) query.andWhere('s.featured_at IS NOT NULL');
        return keysetPage(query, { first: args.first, after: args.after, column: featured ? 'featured_at' : 'published_at', direction: 'DESC' });
      }
      case FeedSort.TOP:
      case FeedSort.HOT:
        return this.snapshotPage(campaign.id, args.sort, args);
    }
  }

  /** Featured APPROVED stories of every published campaign that has started, most recently featured first. */
  featuredStories(page: PageArgs): Promise<Page<StoryEntity>> {
    const query = this.replica.dataSource
      .getRepository(StoryEntity)
      .createQueryBuilder('s')
      .innerJoin(CampaignEntity, 'c', 'c.id = s.campaign_id')
      .where(listedStorySql('s', 'c'))
      .andWhere('s.featured_at IS NOT NULL');
    return keysetPage(query, { first: page.first, after: page.after, column: 'featured_at', direction: 'DESC' });
  }

  private async snapshotPage(campaignId: string, sort: FeedSort.TOP | FeedSort.HOT, page: PageArgs): Promise<Page<StoryEntity>> {
    const window = page.first + 1 + SLACK;
    const feed = `${campaignId}:${sort}`;
    const cursor = page.after ? this.decodeSnapshotCursor(page.after) : null;
    const offset = cursor?.offset ?? 0;
    let snapshot = cursor ? await this.snapshots.get(cursor.snapshotId) : await this.snapshots.open(feed, () => this.orderNow(campaignId, sort, []));
    if (!snapshot) throw new BadUserInputError('This feed has changed too much since you opened it: start again from the top.', 'after');
    if (snapshot.feed !== feed) throw new BadUserInputError('The cursor is not valid.', 'after');
    if (offset + window > snapshot.ids.length && snapshot.ids.length > 0 && snapshot.ids.length % SNAPSHOT_SIZE === 0) {
      // Past the end of a full snapshot: the next stories in the current order that it does not hold yet.
      const more = await this.orderNow(campaignId, sort, snapshot.ids);
      if (more.length) snapshot = await this.snapshots.save(feed, [...snapshot.ids, ...more]);
    }
    const ids = snapshot.ids.slice(offset, offset + window);

    const rows = ids.length
      ? await this.replica.dataSource
          .getRepository(StoryEntity)
          .createQueryBuilder('s')
          .where('s.id IN (:...ids) AND s.campaign_id = :campaignId', { ids, campaignId })
          .andWhere(publicStorySql('s'))
          .getMany()
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const visible = ids
      .map((id, index) => ({ story: byId.get(id), position: offset + index }))
      .filter((entry): entry is { story: StoryEntity; position: number } => !!entry.story);

    const hasMoreInWindow = visible.length > page.first;
    const shown = visible.slice(0, page.first);
    const nextOffset = hasMoreInWindow ? shown[shown.length - 1].position + 1 : offset + ids.length;
    return {
      // Which stories a page holds comes from the snapshot (no gaps or repeats between pages);
      // their order within the page is the one their columns give now, which the roll-up keeps
      // within a second of the counts shown. A snapshot shared for SNAPSHOT_REUSE_SECONDS, or one
      // read minutes later for page two, never shows a 3-like story above a 9-like one on TOP.
      nodes: shown.map((entry) => entry.story).sort(PAGE_ORDER[sort]),
      pageInfo: {
        hasNextPage: hasMoreInWindow || nextOffset < snapshot.ids.length,
        endCursor: encodeCursor([snapshot.id, nextOffset, sort]),
      },
    };
  }

  /** The next SNAPSHOT_SIZE ids in the feed's order as it stands, leaving out `seen`: one index scan, a read. */
  private async orderNow(campaignId: string, sort: FeedSort.TOP | FeedSort.HOT, seen: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.replica.dataSource.query(
      `SELECT s.id FROM stories s
        WHERE s.campaign_id = $1 AND ${publicStorySql('s')} AND s.id <> ALL ($2::uuid[])
        ORDER BY ${SNAPSHOT_ORDER[sort]} LIMIT ${SNAPSHOT_SIZE}`,
      [campaignId, seen],
    );
    return rows.map((row) => row.id);
  }

  private decodeSnapshotCursor(cursor: string): { snapshotId: string; offset: number } {
    const [snapshotId, offset] = decodeCursor(cursor, 3);
    if (!isId(snapshotId) || typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset > 10_000_000) {
      throw new BadUserInputError('The cursor is not valid.', 'after');
    }
    return { snapshotId, offset };
  }
}
