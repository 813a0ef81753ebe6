import { publicStorySql } from '../stories/story-visibility';

/**
 * How much one person's report counts towards holding an APPROVED story for review. Every
 * report reaches the moderators' queue whatever its weight; the weight decides only whether a
 * story leaves public view before a moderator has looked. Three accounts made a minute ago
 * must not be able to take a story down; three established members still can.
 *
 *   weight = age × participation × track record, at most 2
 *   - age of the account: under a day 0.1, under a week 0.3, under 30 days 0.6, older 1.0
 *   - participation: ×1.5 with at least one story that is APPROVED now
 *   - track record: (upheld + 1) / (upheld + dismissed + 2) × 2, so 1.0 with no history,
 *     towards 2 for a reporter moderators keep agreeing with, towards 0 for one they keep dismissing
 *
 * A story is held once the open reports' weights add up to HOLD_WEIGHT (three established
 * members with no history: 3 × 1.0).
 */
export const HOLD_WEIGHT = 3;

/** The weight of the reporter `users` row aliased `u`, as SQL (float). */
export function reporterWeightSql(u: string): string {
  return `least(2.0,
    (CASE WHEN ${u}.created_at > now() - interval '1 day' THEN 0.1
          WHEN ${u}.created_at > now() - interval '7 days' THEN 0.3
          WHEN ${u}.created_at > now() - interval '30 days' THEN 0.6
          ELSE 1.0 END)
    * (CASE WHEN EXISTS (SELECT 1 FROM stories s WHERE s.author_id = ${u}.id AND ${publicStorySql('s')}) THEN 1.5 ELSE 1.0 END)
    * (SELECT (count(*) FILTER (WHERE past.status = 'RESOLVED') + 1)::float
              / (count(*) FILTER (WHERE past.status IN ('RESOLVED', 'DISMISSED')) + 2) * 2
         FROM reports past WHERE past.reporter_id = ${u}.id)
  )::float`;
}
