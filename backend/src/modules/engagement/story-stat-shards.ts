import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { voidedLikerSql } from '../finale/counted-likes';

/**
 * How many rows a story's counters are spread over. Concurrent likes on one story each lock
 * one of these rows for the length of their (single-statement) transaction, so a burst queues
 * behind 16 short locks instead of one. The exact count is always the sum of the shards.
 */
export const STAT_SHARDS = 16;

export const randomShard = (): number => randomInt(STAT_SHARDS);

/**
 * Adds `delta` to one random shard, creating it if needed: `INSERT … ON CONFLICT DO UPDATE` waits
 * for a concurrent insert of the same shard and then adds, so no increment is ever lost. A shard
 * may go below zero (an unlike lands on another shard than its like); only the sum means anything.
 */
export const ADD_TO_SHARD_SQL = `
  INSERT INTO story_stat_shards (story_id, shard, likes, comments, updated_at)
  VALUES ($1, $2, $3, $4, now())
  ON CONFLICT (story_id, shard) DO UPDATE
     SET likes = story_stat_shards.likes + excluded.likes,
         comments = story_stat_shards.comments + excluded.comments,
         updated_at = now()`;

export async function addToStatShard(
  manager: EntityManager,
  storyId: string,
  delta: { likes?: number; comments?: number },
): Promise<void> {
  await manager.query(ADD_TO_SHARD_SQL, [storyId, randomShard(), delta.likes ?? 0, delta.comments ?? 0]);
}

/**
 * Liking in ONE statement, for one like or the many in flight (LikesService gathers them): $1…$5
 * are arrays, one entry per like, of story, liker, campaign, shard and client key, each (story,
 * liker) once. The like row's primary key makes a repeat a no-op; only a new like of a liker a
 * moderator has not voided is counted (a voided liker's like is kept with counted = false: they
 * see it, and CampaignResults.voidedLikeCount counts it), and each shard gets the number of new
 * counted likes that drew it. One statement is one transaction and one round trip, and a shard's
 * lock is held for microseconds, so counts are exact under any concurrency, on any number of
 * instances. Answers one row per like, in no particular order: its story and liker, `changed`
 * (1 when the count moved), and the story's counts with every like of this statement in them
 * (the rest of a statement does not see what its data-modifying parts wrote: the shards are
 * summed as found and the likes added).
 */
export const LIKE_MANY_SQL = `
  WITH wanted AS (
    SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::text[]) AS w(story_id, user_id, campaign_id, shard, client_key)
  ),
  liked AS (
    INSERT INTO story_likes (story_id, user_id, campaign_id, counted, client_key)
    SELECT story_id, user_id, campaign_id, NOT ${voidedLikerSql('w.user_id')}, client_key FROM wanted w
    ON CONFLICT DO NOTHING
    RETURNING story_id, user_id, counted
  ),
  per_shard AS (
    SELECT w.story_id, w.shard, count(*)::int AS n FROM liked l JOIN wanted w USING (story_id, user_id) WHERE l.counted GROUP BY w.story_id, w.shard
  ),
  bumped AS (
    INSERT INTO story_stat_shards (story_id, shard, likes, comments, updated_at)
    SELECT story_id, shard, n, 0, now() FROM per_shard
    ON CONFLICT (story_id, shard) DO UPDATE
       SET likes = story_stat_shards.likes + excluded.likes, updated_at = now()
  ),
  found AS (
    SELECT story_id, sum(likes)::int AS likes, sum(comments)::int AS comments FROM story_stat_shards
     WHERE story_id IN (SELECT story_id FROM wanted) GROUP BY story_id
  ),
  added AS (SELECT story_id, sum(n)::int AS n FROM per_shard GROUP BY story_id)
  SELECT w.story_id, w.user_id,
         (EXISTS (SELECT 1 FROM liked l WHERE l.story_id = w.story_id AND l.user_id = w.user_id AND l.counted))::int AS changed,
         coalesce(f.likes, 0) + coalesce(a.n, 0) AS likes, coalesce(f.comments, 0) AS comments
    FROM wanted w LEFT JOIN found f USING (story_id) LEFT JOIN added a USING (story_id)`;

/** The inverse, for one: deletes the like if there was one and, only if it was counted, −1 on a random shard. Answers as LIKE_MANY_SQL. */
export const UNLIKE_SQL = `
  WITH unliked AS (
    DELETE FROM story_likes WHERE story_id = $1 AND user_id = $2
    RETURNING story_id, counted
  ),
  bumped AS (
    INSERT INTO story_stat_shards (story_id, shard, likes, comments, updated_at)
    SELECT story_id, $3, -1, 0, now() FROM unliked WHERE counted
    ON CONFLICT (story_id, shard) DO UPDATE
       SET likes = story_stat_shards.likes - 1, updated_at = now()
    RETURNING 1
  ),
  found AS (SELECT coalesce(sum(likes), 0)::int AS likes, coalesce(sum(comments), 0)::int AS comments FROM story_stat_shards WHERE story_id = $1)
  SELECT (SELECT count(*) FROM bumped)::int AS changed, found.likes - (SELECT count(*) FROM bumped)::int AS likes, found.comments FROM found`;

/** What LIKE_MANY_SQL (per like) and UNLIKE_SQL answer. */
export interface LikeOutcome {
  changed: number;
  likes: number;
  comments: number;
}

/**
 * Voided likers' likes leave the counters: each of their likes still counted is marked not
 * counted and −1 lands on a random shard of its story, in one statement (the row's flag makes it
 * exactly once). $1: one user, or null for everyone voided in the last hour: the sweep that
 * catches a like whose statement began just before the void committed (it could not see the
 * void yet, so it counted itself), within a minute.
 * Returns the stories whose counts changed.
 */
export const WITHDRAW_LIKES_SQL = `
  WITH withdrawn AS (
    UPDATE story_likes l SET counted = false
      FROM like_voids v
     WHERE v.user_id = l.user_id AND l.counted
       AND (l.user_id = $1::uuid OR ($1::uuid IS NULL AND v.created_at > now() - interval '1 hour'))
    RETURNING l.story_id, l.campaign_id
  ),
  per_story AS (SELECT story_id, campaign_id, count(*)::int AS n FROM withdrawn GROUP BY story_id, campaign_id),
  shards AS (
    INSERT INTO story_stat_shards (story_id, shard, likes, comments, updated_at)
    SELECT story_id, floor(random() * ${STAT_SHARDS})::int, -n, 0, now() FROM per_story
    ON CONFLICT (story_id, shard) DO UPDATE
       SET likes = story_stat_shards.likes + excluded.likes, updated_at = now()
  )
  SELECT story_id AS id, campaign_id AS "campaignId" FROM per_story`;
