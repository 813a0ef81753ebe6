import { Injectable } from '@nestjs/common';
import { publicStorySql } from '../stories/story-visibility';
import { EntityManager } from 'typeorm';

/**
 * Campaign.storyCount and participantCount are stored, not counted per read. Every transaction
 * that moves a story into or out of APPROVED calls recompute before it commits.
 */
@Injectable()
export class CampaignCounters {
  /**
   * Locks the campaign row first, as a statement of its own: under READ COMMITTED the recount
   * that follows takes a fresh snapshot once the lock is held, so it sees the stories a
   * concurrent transaction committed while this one waited, and two recounts never cross.
   * FOR NO KEY UPDATE rather than FOR UPDATE: inserting a story already holds KEY SHARE on its
   * campaign (the foreign key), and two submissions each upgrading to FOR UPDATE would deadlock.
   */
  async recompute(manager: EntityManager, campaignId: string): Promise<void> {
    await manager.query(`SELECT id FROM campaigns WHERE id = $1 FOR NO KEY UPDATE`, [campaignId]);
    await manager.query(
      `UPDATE campaigns c
          SET story_count = counts.stories, participant_count = counts.authors
         FROM (SELECT count(*)::int AS stories, count(DISTINCT author_id)::int AS authors
                 FROM stories
                WHERE campaign_id = $1 AND ${publicStorySql()}) counts
        WHERE c.id = $1`,
      [campaignId],
    );
  }
}
