/**
 * HOT ranking, the Hacker News / Lemmy shape: log(max(2, likes + 2)) / (age + 2)^1.8, with the
 * age counted in days rather than HN's hours. The log makes the tenth like count as much as the
 * first hundred; the power makes age win eventually.
 *
 * Why days: HN's front page turns over in hours; a campaign runs for weeks and gets a few stories
 * an hour. Counted in hours, a story a day older needs ~4x the log-likes to keep up, so on any
 * real campaign (and on the demo) HOT came out exactly as NEW. Counted in days, a story liked by
 * five people yesterday stays above one liked once today, and a week-old story still needs
 * hundreds of likes to hold the top.
 *
 * Stored in stories.hot_score (and kept current by FeedRanking) so that HOT is an index scan.
 */
export const HOT_GRAVITY = 1.8;
/** The age unit, in hours. */
export const HOT_AGE_UNIT_HOURS = 24;

export function hotScore(likes: number, publishedAt: Date, now = new Date()): number {
  const age = Math.max(0, (now.getTime() - publishedAt.getTime()) / (HOT_AGE_UNIT_HOURS * 3_600_000));
  return Math.log(Math.max(2, likes + 2)) / Math.pow(age + 2, HOT_GRAVITY);
}

/**
 * The same formula in SQL that PostgreSQL 15 and PGlite both run. `likes` and `publishedAt` are
 * SQL expressions. Never exactly 0 for a published story, so 0 means "not scored yet".
 */
export function hotScoreSql(likes: string, publishedAt: string): string {
  return `(ln(greatest(2, (${likes}) + 2)::float8)
          / power(greatest(0, extract(epoch FROM (now() - ${publishedAt}))::float8 / ${HOT_AGE_UNIT_HOURS * 3600}) + 2, ${HOT_GRAVITY}))`;
}
