import type { EntityManager } from 'typeorm';
import type { ModerationRecord } from '../moderation/moderation-log.service';

export interface OpenWinner {
  id: string;
  user_id: string;
  story_id: string;
  claim_deadline: Date | null;
  prize_name: string;
  title: string;
  slug: string;
}

/**
 * The winners a logged finale step puts in place with an open claim: every one on FINALIZE_RESULTS,
 * the one moved up on PROMOTE_RESERVE. Notices and domain events both follow these.
 */
export async function openWinnersOf(entry: ModerationRecord, manager: EntityManager): Promise<OpenWinner[]> {
  if (!entry.campaignId) return [];
  const promoted = entry.action === 'PROMOTE_RESERVE';
  return manager.query(
    `SELECT w.id, w.user_id, w.story_id, w.claim_deadline, p.name AS prize_name, s.title, c.slug
       FROM prize_winners w JOIN prizes p ON p.id = w.prize_id JOIN stories s ON s.id = w.story_id JOIN campaigns c ON c.id = w.campaign_id
      WHERE w.campaign_id = $1 AND w.status = 'NOTIFIED' AND ($2::uuid IS NULL OR w.user_id = $2) AND ($3::uuid IS NULL OR w.story_id = $3)`,
    [entry.campaignId, promoted ? entry.targetUserId : null, promoted ? entry.storyId : null],
  );
}
