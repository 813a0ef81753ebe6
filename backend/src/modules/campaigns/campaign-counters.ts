import { Injectable } from '@nestjs/common';
import { publicStorySql } from '../stories/story-visibility';
import { EntityManager } from 'typeorm';

/**
 * One story entering public: +1 on the author's row in campaign_participants (the upsert waits
 * for a concurrent one on the same row and then adds, so none is lost), then +1 story and, if
 * that row just became 1, +1 participant on the campaign. The campaign row is updated, not
 * locked FOR UPDATE: an UPDATE takes NO KEY UPDATE, which does not conflict with the KEY SHARE a
 * story insert holds on its campaign through the foreign key, so submissions do not deadlock.
 */
const ENTER_SQL = `
  WITH p AS (
    INSERT INTO campaign_participants (campaign_id, author_id, stories) VALUES ($1, $2, 1)
    ON CONFLICT (campaign_id, author_id) DO UPDATE SET stories = campaign_participants.stories + 1
    RETURNING stories
  )
  UPDATE campaigns
     SET story_count = story_count + 1,
         participant_count = participant_count + (SELECT CASE WHEN stories = 1 THEN 1 ELSE 0 END FROM p)
   WHERE id = $1`;

/** The inverse: −1 on the author's row and −1 story; −1 participant if the row reached 0. */
const LEAVE_SQL = `
  WITH p AS (
    UPDATE campaign_participants SET stories = stories - 1
     WHERE campaign_id = $1 AND author_id = $2
    RETURNING stories
  )
  UPDATE campaigns
     SET story_count = story_count - 1,
         participant_count = participant_count - coalesce((SELECT CASE WHEN stories = 0 THEN 1 ELSE 0 END FROM p), 0)
   WHERE id = $1`;

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
    await manager.query(ENTER_SQL, [story.campaignId, story.authorId]);
  }

  async left(manager: EntityManager, story: { campaignId: string; authorId: string }): Promise<void> {
    await manager.query(LEAVE_SQL, [story.campaignId, story.authorId]);
  }

  /**
   * Counts the campaign's stories afresh (a whole-campaign scan: never on a request). Locks the
   * campaign row first, so increments of concurrent writes wait and land on the recounted value.
   */
  async recompute(manager: EntityManager, campaignId: string): Promise<void> {
    await manager.query(`SELECT id FROM campaigns WHERE id = $1 FOR NO KEY UPDATE`, [campaignId]);
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
      `UPDATE campaigns c
          SET story_count = counts.stories, participant_count = counts.authors
         FROM (SELECT coalesce(sum(stories), 0)::int AS stories, count(*) FILTER (WHERE stories > 0)::int AS authors
                 FROM campaign_participants WHERE campaign_id = $1) counts
        WHERE c.id = $1`,
      [campaignId],
    );
  }
}
