import { LeaderboardPeriod } from './models/leaderboard-period.enum';

/**
 * The DAY and WEEK boards, kept incrementally (the one place that says what a window is).
 *
 * A window counts the likes since the start of the hour 24 hours (7 days) ago, up to now: it
 * moves on the hour, so a board changes only by the likes given in between and the one hour of
 * likes that leaves it. That is what lets it be kept without reading likes:
 *   - a trigger on story_likes (migration LikeWindows) adds every counted like, and takes away
 *     every deleted or voided one, in story_like_hours: a story's likes per hour, spread over a
 *     few shards like story_stat_shards so that a viral story's likes do not queue on one row;
 *   - FeedRanking's one-second roll-up sets stories.day_like_count / week_like_count from those
 *     hours for the stories liked since its last run, and, once an hour, for the stories whose
 *     oldest hour just left a window; a story's sum reads at most 24 (168) hours × shards rows;
 *   - boards read those columns through their own indexes and stop after the first entries.
 * So neither a like nor a read costs more as likes add up. Hours older than any window are
 * pruned. A board frozen at a campaign's end counts the same window from story_likes, once.
 */
export const WINDOW_PERIODS = [LeaderboardPeriod.DAY, LeaderboardPeriod.WEEK] as const;
export type WindowPeriod = (typeof WINDOW_PERIODS)[number];

/** How far back each window reaches before the start of the current hour. */
const WINDOW_INTERVAL: Record<WindowPeriod, string> = {
  DAY: `interval '24 hours'`,
  WEEK: `interval '7 days'`,
};

/** The column of stories each window's count is rolled up into (and its board ordered by). */
export const WINDOW_COLUMN: Record<WindowPeriod, string> = {
  DAY: 'day_like_count',
  WEEK: 'week_like_count',
};

/** Hours kept in story_like_hours: the longest window and one day to spare for the roll-up that looks back after a restart. */
export const KEPT_HOURS = `interval '8 days'`;

export const isWindow = (period: LeaderboardPeriod): period is WindowPeriod => period !== LeaderboardPeriod.ALL_TIME;

/** The hour a moment falls in (UTC hours, whatever the session's time zone). */
export const hourOfSql = (moment: string): string => `date_bin('1 hour', ${moment}, timestamptz '1970-01-01 00:00:00+00')`;

/** The first moment counted by `period`'s window ending at `end` (an SQL expression of timestamptz). */
export const windowStartSql = (period: WindowPeriod, end: string): string => `(${hourOfSql(end)} - ${WINDOW_INTERVAL[period]})`;

/** A story's likes in `period`'s window ending now, summed from its hours (an SQL expression; `storyId` is a column or parameter). */
export const windowLikesSql = (period: WindowPeriod, storyId: string): string =>
  `(SELECT coalesce(sum(h.likes), 0)::int FROM story_like_hours h WHERE h.story_id = ${storyId} AND h.hour >= ${windowStartSql(period, 'now()')})`;

/**
 * Stories an hour of likes left a window for since `since` (a timestamptz parameter): their hours
 * that were inside a window then and are not now. Empty except in the first run after an hour starts.
 */
export const agedOutStoriesSql = (since: string): string =>
  `SELECT story_id AS id FROM story_like_hours
    WHERE ${WINDOW_PERIODS.map((period) => `(hour >= ${windowStartSql(period, since)} AND hour < ${windowStartSql(period, 'now()')})`).join(' OR ')}`;
