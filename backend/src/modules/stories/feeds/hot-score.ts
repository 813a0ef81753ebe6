/**
 * HOT ranking, the Hacker News / Lemmy shape: log(max(2, likes + 2)) / (hours + 2)^1.8. The log
 * makes the tenth like count as much as the first hundred; the power makes age win eventually.
 * Stored in stories.hot_score (and kept current by FeedRanking) so that HOT is an index scan.
 */
export const HOT_GRAVITY = 1.8;

export function hotScore(likes: number, publishedAt: Date, now = new Date()): number {
  const hours = Math.max(0, (now.getTime() - publishedAt.getTime()) / 3_600_000);
  return Math.log(Math.max(2, likes + 2)) / Math.pow(hours + 2, HOT_GRAVITY);
}

/**
 * The same formula in SQL that PostgreSQL 15 and PGlite both run. `likes` and `publishedAt` are
 * SQL expressions. Never exactly 0 for a published story, so 0 means "not scored yet".
 */
export function hotScoreSql(likes: string, publishedAt: string): string {
  return `(ln(greatest(2, (${likes}) + 2)::float8)
          / power(greatest(0, extract(epoch FROM (now() - ${publishedAt}))::float8 / 3600) + 2, ${HOT_GRAVITY}))`;
}
