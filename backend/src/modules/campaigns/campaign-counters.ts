import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { publicStorySql } from '../stories/story-visibility';
import { EntityManager } from 'typeorm';

/** How many rows a campaign's counts are spread over (as story_stat_shards spreads a story's). */
export const CAMPAIGN_COUNTER_SHARDS = 16;

/**
 * One story entering public: +1 on the author's row in campaign_participants (the upsert waits
 * for a concurrent one on the same row and then adds, so none is lost), then +1 story and, if
 * that row just became 1, +1 participant on a random shard of the campaign's counters. Only the
 * author's row and one of 16 shards are locked until commit: a flood of submissions into one
 * campaign does not queue on the campaign's row. A shard's foreign key takes KEY SHARE on the
 * campaign, which does not conflict with an UPDATE of the campaign's other columns.
 */
const ENTER_SQL = `
  WITH p AS (
    INSERT INTO campaign_participants (campaign_id, author_id, stories) VALUES ($1, $2, 1)
    ON CONFLICT (campaign_id, author_id) DO UPDATE SET stories = campaign_participants.stories + 1
    RETURNING stories
  )
  INSERT INTO campaign_counter_shards (campaign_id, shard, stories, participants)
  SELECT $1, $3, 1, CASE WHEN stories = 1 THEN 1 ELSE 0 END FROM p
  ON CONFLICT (campaign_id, shard) DO UPDATE
     SET stories = campaign_counter_shards.stories + excluded.stories,
         participants = campaign_counter_shards.participants + excluded.participants`;

/** The inverse: −1 on the author's row and −1 story; −1 participant if the row reached 0. */
const LEAVE_SQL = `
  WITH p AS (
    UPDATE campaign_participants SET stories = stories - 1
     WHERE campaign_id = $1 AND author_id = $2
    RETURNING stories
  )
  INSERT INTO campaign_counter_shards (campaign_id, shard, stories, participants)
  VALUES ($1, $3, -1, -coalesce((SELECT CASE WHEN stories = 0 THEN 1 ELSE 0 END FROM p), 0))
  ON CONFLICT (campaign_id, shard) DO UPDATE
     SET stories = campaign_counter_shards.stories + excluded.stories,
         participants = campaign_counter_shards.participants + excluded.participants`;

/** Each campaign's counts: the sums of its shards (a campaign nobody entered has none: 0). */
export const CAMPAIGN_COUNTS_SQL = `
  SELECT campaign_id, sum(stories)::int AS stories, sum(participants)::int AS participants
    FROM campaign_counter_shards WHERE campaign_id = ANY($1::uuid[]) GROUP BY campaign_id`;

/**
 * Campaign.storyCount and participantCount are stored, not counted per read, and kept by
 * increments: every transaction that moves a story into or out of public (APPROVED and not
 * deleted) calls entered or left once, with the story's row locked (or just inserted), so a
 * story is counted in or out exactly once. A write costs the same in a campaign of 100 stories
 * and of 100,000. recompute rebuilds both from the stories, for loaders and repairs only.
 */
@Injectable()
export class CampaignCounters {
  async entered(manager: EntityManager, story: { campaignId: string; authorId: string }): Promise<void> {
    await manager.query(ENTER_SQL, [story.campaignId, story.authorId, randomInt(CAMPAIGN_COUNTER_SHARDS)]);
  }

  async left(manager: EntityManager, story: { campaignId: string; authorId: string }): Promise<void> {
    await manager.query(LEAVE_SQL, [story.campaignId, story.authorId, randomInt(CAMPAIGN_COUNTER_SHARDS)]);
  }

  /**
   * Counts the campaign's stories afresh (a whole-campaign scan: never on a request). Every shard
   * is made and locked first, so increments of concurrent writes wait and land on the recounted
   * value (those that committed before are in the count, and in the shards it overwrites).
   */
  async recompute(manager: EntityManager, campaignId: string): Promise<void> {
    await manager.query(
      `INSERT INTO campaign_counter_shards (campaign_id, shard, stories, participants)
       SELECT $1, shard, 0, 0 FROM generate_series(0, ${CAMPAIGN_COUNTER_SHARDS - 1}) AS shard
       ON CONFLICT DO NOTHING`,
      [campaignId],
    );
    await manager.query(`SELECT shard FROM campaign_counter_shards WHERE campaign_id = $1 FOR UPDATE`, [campaignId]);
    await manager.query(
      `INSERT INTO campaign_participants (campaign_id, author_id, stories)
       SELECT $1, a.author_id, coalesce(p.stories, 0)
         FROM (SELECT author_id FROM campaign_participants WHERE campaign_id = $1
               UNION SELECT author_id FROM stories WHERE campaign_id = $1) a
         LEFT JOIN (SELECT author_id, count(*)::int AS stories FROM stories
                     WHERE campaign_id = $1 AND ${publicStorySql()} GROUP BY author_id) p ON p.author_id = a.author_id
       ON CONFLICT (campaign_id, author_id) DO UPDATE SET stories = excluded.stories`,
      [campaignId],
    );
    await manager.query(
      `UPDATE campaign_counter_shards sh
          SET stories = CASE WHEN sh.shard = 0 THEN counts.stories ELSE 0 END,
              participants = CASE WHEN sh.shard = 0 THEN counts.authors ELSE 0 END
         FROM (SELECT coalesce(sum(stories), 0)::int AS stories, count(*) FILTER (WHERE stories > 0)::int AS authors
                 FROM campaign_participants WHERE campaign_id = $1) counts
        WHERE sh.campaign_id = $1`,
      [campaignId],
    );
  }
}
