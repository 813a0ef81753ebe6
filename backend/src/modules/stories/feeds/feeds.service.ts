import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Viewer } from '../../../core/auth/viewer';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../../core/errors/app-errors';
import { isId } from '../../../core/graphql/id.pipe';
import { Scheduler } from '../../../core/jobs/job-queue';
import { Page } from '../../../core/pagination/connection';
import { decodeCursor, encodeCursor } from '../../../core/pagination/cursor';
import { PageArgs } from '../../../core/pagination/page.args';
import { CampaignEntity } from '../../campaigns/campaign.entity';
import { canViewCampaign } from '../../campaigns/campaign-visibility';
import { keysetPage } from '../../../core/pagination/keyset-page';
import { canSeeContentOf, listedStorySql, publicStorySql } from '../story-visibility';
import { StoryEntity } from '../story.entity';
import { FeedArgs } from './feed.args';
import { FeedSort } from './feed-sort.enum';

/** Positions a TOP/HOT snapshot holds; a reader who gets past them extends it by as many again. */
export const SNAPSHOT_SIZE = 1000;
/** Readers opening the same feed within this many seconds share one snapshot. */
const SNAPSHOT_REUSE_SECONDS = 5;
/** Extra positions read per page, to fill in for stories removed since the snapshot was taken. */
const SLACK = 10;

/** The index orders (see story.entity.ts), over stories aliased `s`. */
const SNAPSHOT_ORDER: Record<FeedSort.TOP | FeedSort.HOT, string> = {
  [FeedSort.TOP]: 's.like_count DESC, s.published_at DESC, s.id DESC',
  [FeedSort.HOT]: 's.hot_score DESC, s.id DESC',
};

interface SnapshotSlice {
  id: string;
  ids: string[];
  total: number;
}

/**
 * A campaign's APPROVED stories in four orders. NEW and FEATURED are keyset pages over stable
 * keys (published_at / featured_at, id). TOP and HOT keys move while people read, so the first
 * page stores the order as it stands (the first SNAPSHOT_SIZE ids, one index scan) and later
 * pages read positions from it: walking page by page shows every story once, with no gaps or
 * repeats, however likes move underneath. A reader who reaches the end of a full snapshot gets
 * it extended with the next stories in the current order, excluding every id already in it,
 * so the guarantee holds at any depth.
 */
@Injectable()
export class FeedsService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduler: Scheduler,
  ) {}

  onApplicationBootstrap(): void {
    this.scheduler.every('engagement:sweep-feed-snapshots', 10 * 60_000, () => this.sweepSnapshots());
  }

  /** The page, and the campaign it belongs to (read anyway to check the viewer may see it). */
  async feed(viewer: Viewer | null, args: FeedArgs): Promise<{ campaign: CampaignEntity; page: Page<StoryEntity> }> {
    const campaign = await this.dataSource.getRepository(CampaignEntity).findOneBy({ id: args.campaignId });
    if (!campaign || !canViewCampaign(viewer, campaign)) throw new NotFoundError('That campaign');
    // A SCHEDULED campaign shows its page, not stories (nor a DRAFT's, but to staff previewing it).
    if (!canSeeContentOf(viewer, campaign)) return { campaign, page: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } };
    return { campaign, page: await this.campaignPage(campaign, args) };
  }

  private async campaignPage(campaign: CampaignEntity, args: FeedArgs): Promise<Page<StoryEntity>> {
    switch (args.sort) {
      case FeedSort.NEW:
      case FeedSort.FEATURED: {
        const featured = args.sort === FeedSort.FEATURED;
        const query = this.dataSource
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
    const query = this.dataSource
      .getRepository(StoryEntity)
      .createQueryBuilder('s')
      .innerJoin(CampaignEntity, 'c', 'c.id = s.campaign_id')
      .where(listedStorySql('s', 'c'))
      .andWhere('s.featured_at IS NOT NULL');
    return keysetPage(query, { first: page.first, after: page.after, column: 'featured_at', direction: 'DESC' });
  }

  async sweepSnapshots(): Promise<void> {
    await this.dataSource.query(`/* background */ DELETE FROM feed_snapshots WHERE created_at < now() - interval '1 hour'`);
  }

  private async snapshotPage(campaignId: string, sort: FeedSort.TOP | FeedSort.HOT, page: PageArgs): Promise<Page<StoryEntity>> {
    const window = page.first + 1 + SLACK;
    const cursor = page.after ? this.decodeSnapshotCursor(page.after) : null;
    const offset = cursor?.offset ?? 0;
    let slice = cursor
      ? await this.readSnapshot(cursor.snapshotId, campaignId, sort, offset, window)
      : await this.openSnapshot(campaignId, sort, window);
    if (offset + window > slice.total && slice.total > 0 && slice.total % SNAPSHOT_SIZE === 0) {
      slice = (await this.extendSnapshot(slice.id, sort, offset, window)) ?? slice;
    }

    const rows = slice.ids.length
      ? await this.dataSource
          .getRepository(StoryEntity)
          .createQueryBuilder('s')
          .where('s.id IN (:...ids) AND s.campaign_id = :campaignId', { ids: slice.ids, campaignId })
          .andWhere(publicStorySql('s'))
          .getMany()
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const visible = slice.ids
      .map((id, index) => ({ story: byId.get(id), position: offset + index }))
      .filter((entry): entry is { story: StoryEntity; position: number } => !!entry.story);

    const hasMoreInWindow = visible.length > page.first;
    const shown = visible.slice(0, page.first);
    const nextOffset = hasMoreInWindow ? shown[shown.length - 1].position + 1 : offset + slice.ids.length;
    return {
      nodes: shown.map((entry) => entry.story),
      pageInfo: {
        hasNextPage: hasMoreInWindow || nextOffset < slice.total,
        endCursor: encodeCursor([slice.id, nextOffset, sort]),
      },
    };
  }

  /** The newest snapshot of this feed if it is a few seconds old, else a new one; one statement either way. */
  private async openSnapshot(campaignId: string, sort: FeedSort.TOP | FeedSort.HOT, window: number): Promise<SnapshotSlice> {
    const [row]: SnapshotSlice[] = await this.dataSource.query(
      `WITH reusable AS (
         SELECT id, story_ids FROM feed_snapshots
          WHERE campaign_id = $1 AND sort = $2 AND created_at > now() - make_interval(secs => $4)
          ORDER BY created_at DESC LIMIT 1
       ), created AS (
         INSERT INTO feed_snapshots (campaign_id, sort, story_ids)
         SELECT $1, $2, ARRAY(SELECT s.id FROM stories s WHERE s.campaign_id = $1 AND ${publicStorySql('s')}
                               ORDER BY ${SNAPSHOT_ORDER[sort]} LIMIT ${SNAPSHOT_SIZE})
          WHERE NOT EXISTS (SELECT 1 FROM reusable)
         RETURNING id, story_ids
       )
       SELECT id, story_ids[1:$3::int] AS ids, cardinality(story_ids) AS total FROM reusable
       UNION ALL
       SELECT id, story_ids[1:$3::int] AS ids, cardinality(story_ids) AS total FROM created`,
      [campaignId, sort, window, SNAPSHOT_REUSE_SECONDS],
    );
    return row;
  }

  private async readSnapshot(
    snapshotId: string,
    campaignId: string,
    sort: FeedSort,
    offset: number,
    window: number,
  ): Promise<SnapshotSlice> {
    const [row]: (SnapshotSlice & { campaign_id: string; sort: string })[] = await this.dataSource.query(
      `SELECT id, campaign_id, sort, story_ids[($2::int + 1):($2::int + $3::int)] AS ids, cardinality(story_ids) AS total
         FROM feed_snapshots WHERE id = $1`,
      [snapshotId, offset, window],
    );
    if (!row) throw new BadUserInputError('This feed has changed too much since you opened it: start again from the top.', 'after');
    if (row.campaign_id !== campaignId || row.sort !== sort) throw new BadUserInputError('The cursor is not valid.', 'after');
    return row;
  }

  /**
   * The snapshot's ids followed by the next stories in the current order that it does not hold
   * yet, as a new snapshot (null when there are none).
   */
  private async extendSnapshot(snapshotId: string, sort: FeedSort.TOP | FeedSort.HOT, offset: number, window: number): Promise<SnapshotSlice | null> {
    const [row]: SnapshotSlice[] = await this.dataSource.query(
      `WITH base AS (SELECT campaign_id, sort, story_ids FROM feed_snapshots WHERE id = $1),
            more AS (SELECT ARRAY(SELECT s.id FROM base JOIN stories s ON s.campaign_id = base.campaign_id
                                   WHERE ${publicStorySql('s')} AND s.id <> ALL (base.story_ids)
                                   ORDER BY ${SNAPSHOT_ORDER[sort]} LIMIT ${SNAPSHOT_SIZE}) AS ids)
       INSERT INTO feed_snapshots (campaign_id, sort, story_ids)
       SELECT base.campaign_id, base.sort, base.story_ids || more.ids FROM base, more WHERE cardinality(more.ids) > 0
       RETURNING id, story_ids[($2::int + 1):($2::int + $3::int)] AS ids, cardinality(story_ids) AS total`,
      [snapshotId, offset, window],
    );
    return row ?? null;
  }

  private decodeSnapshotCursor(cursor: string): { snapshotId: string; offset: number } {
    const [snapshotId, offset] = decodeCursor(cursor, 3);
    if (!isId(snapshotId) || typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset > 10_000_000) {
      throw new BadUserInputError('The cursor is not valid.', 'after');
    }
    return { snapshotId, offset };
  }
}
