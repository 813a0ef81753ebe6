import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Scheduler } from '../../core/jobs/job-queue';
import { BACKGROUND_SQL_MARK } from '../stories/feeds/feed-ranking.service';
import { PointsService } from './points.service';

/** How often like points catch up with the likes. */
export const LIKE_POINTS_SWEEP_MS = 3000;
/** Seconds a sweep looks further back than its previous run: covers like statements whose now() was earlier than their commit. */
const OVERLAP_SECONDS = 5;
/** A fresh process does not know when the last sweep ran: look back this far once. */
const FIRST_LOOKBACK_SECONDS = 15 * 60;

/**
 * Like points without costing a like anything: a like stays one statement that touches one of
 * its story's 16 counter shards (engagement/story-stat-shards.ts), and every few seconds this
 * finds the stories whose shards moved since the last sweep (story_stat_shards.updated_at is
 * indexed; a like, an unlike, a void and an erased liker all move a shard) and, for each of
 * their authors and campaigns, recomputes the like points from the likes themselves
 * (PointsService.settleLikes) and writes only the difference. A burst of 500 likes on one story
 * is one recount in the next sweep, however the likes interleaved, so the cap holds exactly.
 * Sweeps overlapping on two instances are harmless: each author is settled under their lock,
 * and the second finds nothing left to write.
 */
@Injectable()
export class LikePointsSweep implements OnApplicationBootstrap {
  private lastRunAt = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduler: Scheduler,
    private readonly points: PointsService,
  ) {}

  onApplicationBootstrap(): void {
    this.scheduler.every('points:like-points', LIKE_POINTS_SWEEP_MS, async () => {
      await this.sweep();
    });
  }

  /** Returns how many entries it wrote. */
  async sweep(): Promise<number> {
    const startedAt = Date.now();
    const lookback = this.lastRunAt ? (startedAt - this.lastRunAt) / 1000 + OVERLAP_SECONDS : FIRST_LOOKBACK_SECONDS;
    // Only campaigns that set rules can have like points (rules are never unset, only changed).
    const changed: { author_id: string; campaign_id: string }[] = await this.dataSource.query(
      `${BACKGROUND_SQL_MARK}
       SELECT DISTINCT s.author_id, s.campaign_id
         FROM (SELECT DISTINCT story_id FROM story_stat_shards WHERE updated_at > now() - make_interval(secs => $1)) sh
         JOIN stories s ON s.id = sh.story_id
         JOIN campaign_points_rules r ON r.campaign_id = s.campaign_id
         JOIN users u ON u.id = s.author_id AND u.deleted_at IS NULL`,
      [lookback],
    );
    let written = 0;
    for (const pair of changed) {
      written += await this.dataSource.transaction((manager) => this.points.settleLikes(manager, pair.author_id, pair.campaign_id));
    }
    this.lastRunAt = startedAt;
    return written;
  }
}
