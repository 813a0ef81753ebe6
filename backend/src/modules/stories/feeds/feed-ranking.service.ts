import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Scheduler } from '../../../core/jobs/job-queue';
import { agedOutStoriesSql, KEPT_HOURS, WINDOW_COLUMN, WINDOW_PERIODS, windowLikesSql, hourOfSql } from '../../leaderboards/like-windows';
import { publicStorySql } from '../story-visibility';
import { hotScoreSql } from './hot-score';

/** Seconds a roll-up looks further back than its previous run: covers transactions whose now() was earlier than their commit. */
const OVERLAP_SECONDS = 5;
/** A fresh process does not know when the last roll-up ran: look back this far once. */
const FIRST_LOOKBACK_SECONDS = 15 * 60;
/** ...and for hours that left a DAY or WEEK window while no roll-up ran: as far back as hours are kept. */
const FIRST_AGING_LOOKBACK_MS = 8 * 24 * 3600_000;
/** Stories whose hot score still moves enough to matter; older ones keep their last score. */
const HOT_HORIZON = `interval '14 days'`;

/** Relative drift of a stored hot score from its current value that refreshRecent lets stand. */
const SCORE_TOLERANCE = 0.001;

/** Marks background statements, so tests that count a request's queries can leave them out. */
export const BACKGROUND_SQL_MARK = '/* background */';

/**
 * Keeps the ordering columns of stories (like_count, comment_count, hot_score, and the DAY and
 * WEEK like counts) in step with the exact counters in story_stat_shards and story_like_hours. Feeds order by these columns through their indexes; what
 * people see as counts is always summed from the shards, so the roll-up being up to a second
 * behind only affects order, never a number shown.
 *
 * Both passes are single set-based UPDATEs. They run one at a time in this process, so they
 * never lock the same rows in different orders.
 */
@Injectable()
export class FeedRanking implements OnApplicationBootstrap {
  private lastRollUpAt = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduler: Scheduler,
  ) {}

  onApplicationBootstrap(): void {
    this.scheduler.every('feeds:roll-up-story-stats', 1000, () => this.rollUpChanged());
    this.scheduler.every('feeds:refresh-hot-scores', 2 * 60_000, () => this.refreshRecent());
    this.scheduler.every('leaderboards:prune-like-hours', 60 * 60_000, () => this.pruneLikeHours());
  }

  /**
   * Every second: stories whose shards changed since the last run (story_stat_shards.updated_at
   * is indexed), APPROVED stories not scored yet (hot_score = 0: a score is never 0 once
   * computed), found per campaign through the HOT index, and stories an hour of likes left the
   * DAY or WEEK window for (like-windows.ts; only in the first run of an hour). `since` looks
   * further back than the last run (after an outage, say).
   */
  rollUpChanged(options: { since?: Date } = {}): Promise<void> {
    return this.serially(async () => {
      const startedAt = Date.now();
      const since = options.since?.getTime() ?? this.lastRollUpAt;
      const lookback = since ? (startedAt - since) / 1000 + OVERLAP_SECONDS : FIRST_LOOKBACK_SECONDS;
      const agedSince = new Date(since ? since - OVERLAP_SECONDS * 1000 : startedAt - FIRST_AGING_LOOKBACK_MS);
      await this.dataSource.query(
        `${BACKGROUND_SQL_MARK}
         UPDATE stories s
            SET like_count = t.likes, comment_count = t.comments,
                hot_score = ${hotScoreSql('t.likes', 'coalesce(s.published_at, s.created_at)')},
                ${WINDOW_PERIODS.map((period) => `${WINDOW_COLUMN[period]} = ${windowLikesSql(period, 't.id')}`).join(', ')}
           FROM (SELECT due.id, coalesce(sum(sh.likes), 0)::int AS likes, coalesce(sum(sh.comments), 0)::int AS comments
                   FROM (SELECT story_id AS id FROM story_stat_shards WHERE updated_at > now() - make_interval(secs => $1)
                         UNION
                         SELECT st.id FROM campaigns c
                           JOIN stories st ON st.campaign_id = c.id AND ${publicStorySql('st')} AND st.hot_score = 0
                         UNION
                         ${agedOutStoriesSql('$2::timestamptz')}
                        ) due
                   LEFT JOIN story_stat_shards sh ON sh.story_id = due.id
                  GROUP BY due.id) t
          WHERE s.id = t.id`,
        [lookback, agedSince],
      );
      this.lastRollUpAt = startedAt;
    });
  }

  /** Hours of likes older than every window (with a day to spare) are of no board any more. */
  pruneLikeHours(): Promise<void> {
    return this.serially(async () => {
      await this.dataSource.query(`${BACKGROUND_SQL_MARK} DELETE FROM story_like_hours WHERE hour < ${hourOfSql('now()')} - ${KEPT_HOURS}`);
    });
  }

  /**
   * Every two minutes: hot scores decay with time even without likes. Every APPROVED story of a
   * campaign that has not ended, published in the last two weeks, gets its score recomputed from
   * its stored like_count (exact: the roll-up keeps it so), but only rows whose stored score is
   * off by more than SCORE_TOLERANCE are written. A score's decay over two minutes is ~0.12% for
   * a story published just now and well under 0.1% after a day (ages count in days, see
   * hot-score.ts), so a run rewrites the young stories and the few older ones whose drift has
   * added up, not the whole two weeks
   * (100,000 rows of a big campaign were rewritten every run before). Order changes only
   * between scores closer than the tolerance.
   */
  refreshRecent(): Promise<void> {
    return this.serially(async () => {
      await this.dataSource.query(
        `${BACKGROUND_SQL_MARK}
         UPDATE stories s
            SET hot_score = t.score
           FROM (SELECT st.id, ${hotScoreSql('st.like_count', 'coalesce(st.published_at, st.created_at)')} AS score
                   FROM campaigns c
                   JOIN stories st ON st.campaign_id = c.id AND ${publicStorySql('st')}
                                  AND st.published_at > now() - ${HOT_HORIZON}
                  WHERE c.ends_at > now()) t
          WHERE s.id = t.id AND abs(s.hot_score - t.score) > $1 * t.score`,
        [SCORE_TOLERANCE],
      );
    });
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
