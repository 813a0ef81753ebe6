import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '../../core/errors/app-errors';
import { Scheduler } from '../../core/jobs/job-queue';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { canViewCampaign } from '../campaigns/campaign-visibility';
import { campaignStatus, CampaignStatus } from '../campaigns/models/campaign.model';
import { FeedRanking } from '../stories/feeds/feed-ranking.service';
import { voidedLikerSql } from '../finale/counted-likes';
import { publicStorySql } from '../stories/story-visibility';
import { MAX_LEADERBOARD_SIZE } from './dto/leaderboard.args';
import { LeaderboardSnapshotEntity } from './leaderboard-snapshot.entity';
import { ContributorBoardEntry, StoryBoardEntry } from './models/leaderboard-entry.model';
import { isWindow, WINDOW_COLUMN, windowStartSql } from './like-windows';
import { LeaderboardPeriod } from './models/leaderboard-period.enum';

export type LeaderboardKind = 'STORY' | 'CONTRIBUTOR';
type Entries<K extends LeaderboardKind> = K extends 'STORY' ? StoryBoardEntry[] : ContributorBoardEntry[];

/** A crowd reading one board shares one computation per second. */
const CACHE_MS = 1000;
/** The top entries leaderboardChanged carries. */
export const LIVE_BOARD_SIZE = 10;

/**
 * Story and contributor leaderboards per campaign: likes given in the period to APPROVED stories
 * (story_likes rows, through story_likes_campaign_time_idx), most first; ties go to the story (or
 * contributor's first story) published first, then id, so the order is total and stable.
 *
 * Once a campaign has ended, its boards are computed once AS OF its end (likes until endsAt;
 * windows ending at endsAt) and stored in leaderboard_snapshots; from then on reads come from
 * there, so later likes, deletions or removals cannot change the published result.
 */
@Injectable()
export class LeaderboardsService implements OnApplicationBootstrap {
  private readonly cache = new Map<string, { at: number; entries: Promise<unknown[]> }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduler: Scheduler,
    private readonly ranking: FeedRanking,
  ) {}

  onApplicationBootstrap(): void {
    this.scheduler.every('leaderboards:freeze-ended', 60_000, () => this.freezeEndedCampaigns());
  }

  /** The whole board (up to MAX_LEADERBOARD_SIZE): the reader drops what the viewer may not see, then takes the first entries. */
  async storyBoard(viewer: Viewer | null, campaignId: string, period: LeaderboardPeriod): Promise<StoryBoardEntry[]> {
    const campaign = await this.visibleCampaign(viewer, campaignId);
    return this.board(campaign, 'STORY', period);
  }

  async contributorBoard(
    viewer: Viewer | null,
    campaignId: string,
    period: LeaderboardPeriod,
    first: number,
  ): Promise<ContributorBoardEntry[]> {
    const campaign = await this.visibleCampaign(viewer, campaignId);
    return (await this.board(campaign, 'CONTRIBUTOR', period)).slice(0, first);
  }

  /** The all-time top stories as they stand now, freshly computed: what leaderboardChanged carries. */
  async currentTopStories(campaignId: string): Promise<StoryBoardEntry[]> {
    const campaign = await this.dataSource.getRepository(CampaignEntity).findOneBy({ id: campaignId });
    if (!campaign) return [];
    // The event follows a like by at most a second: bring like_count up to the shards first.
    await this.ranking.rollUpChanged();
    this.invalidate(campaignId);
    return (await this.board(campaign, 'STORY', LeaderboardPeriod.ALL_TIME)).slice(0, LIVE_BOARD_SIZE);
  }

  /** NOT_FOUND unless the campaign exists and the viewer may see it (a DRAFT: BRAND_STAFF and ADMIN). */
  async visibleCampaign(viewer: Viewer | null, campaignId: string): Promise<CampaignEntity> {
    const campaign = await this.dataSource.getRepository(CampaignEntity).findOneBy({ id: campaignId });
    if (!campaign || !canViewCampaign(viewer, campaign)) throw new NotFoundError('That campaign');
    return campaign;
  }

  /** A like here changed the campaign's boards: the next read computes them afresh. */
  invalidate(campaignId: string): void {
    for (const key of this.cache.keys()) if (key.startsWith(`${campaignId}:`)) this.cache.delete(key);
  }

  /** Freezes the final boards of every ended campaign not frozen yet (every minute, and on first read). */
  async freezeEndedCampaigns(): Promise<void> {
    const due: { id: string }[] = await this.dataSource.query(
      `/* background */ SELECT id FROM campaigns
        WHERE published AND ends_at <= now() AND leaderboard_frozen_at IS DISTINCT FROM ends_at`,
    );
    for (const { id } of due) await this.freeze(id);
  }

  /**
   * Computes and stores the final boards AS OF the campaign's end, under the campaign's row lock
   * so that two instances freezing at once store one result. campaigns.leaderboard_frozen_at
   * records the end the boards were frozen as of: should the end be moved afterwards (extended,
   * then ended again), the boards are frozen anew as of the new end.
   */
  async freeze(campaignId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [campaign]: { ends_at: Date; due: boolean }[] = await manager.query(
        `SELECT ends_at,
                (published AND ends_at <= now() AND leaderboard_frozen_at IS DISTINCT FROM ends_at) AS due
           FROM campaigns WHERE id = $1 FOR UPDATE`,
        [campaignId],
      );
      if (!campaign?.due) return;
      for (const kind of ['STORY', 'CONTRIBUTOR'] as const) {
        for (const period of Object.values(LeaderboardPeriod)) {
          const entries = await this.compute(manager, campaignId, kind, period, campaign.ends_at);
          await manager.query(
            `INSERT INTO leaderboard_snapshots (campaign_id, kind, period, entries, frozen_at)
             VALUES ($1, $2, $3, $4::jsonb, now())
             ON CONFLICT (campaign_id, kind, period) DO UPDATE SET entries = excluded.entries, frozen_at = excluded.frozen_at`,
            [campaignId, kind, period, JSON.stringify(entries)],
          );
        }
      }
      await manager.query(`UPDATE campaigns SET leaderboard_frozen_at = ends_at WHERE id = $1`, [campaignId]);
    });
    this.invalidate(campaignId);
  }

  private board<K extends LeaderboardKind>(campaign: CampaignEntity, kind: K, period: LeaderboardPeriod): Promise<Entries<K>> {
    const key = `${campaign.id}:${kind}:${period}`;
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.entries as Promise<Entries<K>>;
    const entries =
      campaignStatus(campaign) === CampaignStatus.ENDED
        ? this.frozen(campaign, kind, period)
        : this.compute(this.dataSource.manager, campaign.id, kind, period, null);
    this.cache.set(key, { at: Date.now(), entries });
    entries.catch(() => this.cache.delete(key));
    return entries;
  }

  private async frozen<K extends LeaderboardKind>(campaign: CampaignEntity, kind: K, period: LeaderboardPeriod): Promise<Entries<K>> {
    const frozen = campaign.leaderboardFrozenAt?.getTime() === campaign.endsAt.getTime();
    if (!frozen) await this.freeze(campaign.id);
    const snapshot = await this.dataSource.getRepository(LeaderboardSnapshotEntity).findOneBy({ campaignId: campaign.id, kind, period });
    // Only missing if the database's clock has not reached the end yet: the same board, not stored.
    return snapshot ? (snapshot.entries as Entries<K>) : this.compute(this.dataSource.manager, campaign.id, kind, period, campaign.endsAt);
  }

  /**
   * One board. Live boards are read from the like counts rolled up on stories (like_count for
   * ALL_TIME, kept equal to the exact shard sums by FeedRanking's roll-up, at most a second
   * behind; day_like_count and week_like_count for DAY and WEEK, see like-windows.ts): the story
   * board walks that column's index and stops after the first entries, the contributor board adds
   * up the campaign's stories; neither reads a like, so the cost does not grow with likes.
   * Boards AS OF an end (freezing, once per campaign) are counted from story_likes: all likes
   * until the end, within the window ending then, through story_likes_campaign_time_idx. Likes a
   * moderator voided count in neither (the counters drop them when voided), so a void moves
   * every live board; a frozen board keeps what it froze.
   */
  private async compute<K extends LeaderboardKind>(
    manager: EntityManager,
    campaignId: string,
    kind: K,
    period: LeaderboardPeriod,
    asOf: Date | null,
  ): Promise<Entries<K>> {
    if (asOf === null) return this.computeLive(manager, campaignId, kind, isWindow(period) ? WINDOW_COLUMN[period] : 'like_count');
    const likesInPeriod = `
      FROM story_likes l
      JOIN stories s ON s.id = l.story_id AND ${publicStorySql('s')}
     WHERE l.campaign_id = $1
       AND NOT ${voidedLikerSql('l.user_id')}
       AND l.created_at <= $2::timestamptz
       ${isWindow(period) ? `AND l.created_at >= ${windowStartSql(period, '$2::timestamptz')}` : ''}`;
    const params = [campaignId, asOf, MAX_LEADERBOARD_SIZE];
    if (kind === 'STORY') {
      const rows: { story_id: string; likes: number }[] = await manager.query(
        `SELECT l.story_id, count(*)::int AS likes ${likesInPeriod}
          GROUP BY l.story_id, s.published_at, s.id
          ORDER BY likes DESC, s.published_at ASC, s.id ASC
          LIMIT $3`,
        params,
      );
      return rows.map((row, i) => ({ rank: i + 1, storyId: row.story_id, likeCount: row.likes })) as Entries<K>;
    }
    const rows: { author_id: string; likes: number; stories: number }[] = await manager.query(
      `WITH received AS (SELECT s.author_id, count(*)::int AS likes ${likesInPeriod} GROUP BY s.author_id)
       SELECT r.author_id, r.likes, a.stories
         FROM received r
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS stories, min(published_at) AS first_published FROM stories
            WHERE campaign_id = $1 AND author_id = r.author_id AND ${publicStorySql()}
         ) a
        ORDER BY r.likes DESC, a.first_published ASC, r.author_id ASC
        LIMIT $3`,
      params,
    );
    return rows.map((row, i) => ({ rank: i + 1, userId: row.author_id, likesReceived: row.likes, storyCount: row.stories })) as Entries<K>;
  }

  /** A live board: `likes` is the stories column that holds the period's count (an index orders each). */
  private async computeLive<K extends LeaderboardKind>(manager: EntityManager, campaignId: string, kind: K, likes: string): Promise<Entries<K>> {
    if (kind === 'STORY') {
      const rows: { id: string; likes: number }[] = await manager.query(
        `SELECT id, ${likes} AS likes FROM stories
          WHERE campaign_id = $1 AND ${publicStorySql()} AND ${likes} > 0
          ORDER BY ${likes} DESC, published_at ASC, id ASC
          LIMIT $2`,
        [campaignId, MAX_LEADERBOARD_SIZE],
      );
      return rows.map((row, i) => ({ rank: i + 1, storyId: row.id, likeCount: row.likes })) as Entries<K>;
    }
    const rows: { author_id: string; likes: number; stories: number }[] = await manager.query(
      `SELECT author_id, sum(${likes})::int AS likes, count(*)::int AS stories, min(published_at) AS first_published
         FROM stories
        WHERE campaign_id = $1 AND ${publicStorySql()}
        GROUP BY author_id
       HAVING sum(${likes}) > 0
        ORDER BY likes DESC, first_published ASC, author_id ASC
        LIMIT $2`,
      [campaignId, MAX_LEADERBOARD_SIZE],
    );
    return rows.map((row, i) => ({ rank: i + 1, userId: row.author_id, likesReceived: row.likes, storyCount: row.stories })) as Entries<K>;
  }
}
