import type { EntityManager } from 'typeorm';

/**
 * Everything held about one user, as the export's JSON: profile, stories (with their consent
 * history), comments, likes, notifications, points (balance and history), reports they made, and the moderation actions
 * about them, without the moderators' identities. Read-only SQL over other domains' tables: the
 * export is the one place that must see them all at once, and it writes nothing.
 */
export async function collectUserData(manager: EntityManager, userId: string) {
  const rows = (sql: string) => manager.query(sql, [userId]) as Promise<Record<string, unknown>[]>;
  const [profile] = await rows(
    `SELECT id, email, display_name, avatar_url, role, language, suspended_until, suspension_reason, created_at FROM users WHERE id = $1`,
  );
  const stories = await rows(
    `SELECT s.id, s.campaign_id, c.title AS campaign_title, s.title, s.body, s.status, s.rejection_reason, s.usage_rights_granted, s.usage_scopes,
            s.like_count, s.comment_count, s.created_at, s.published_at, s.edited_at, s.deleted_at,
            COALESCE((SELECT json_agg(json_build_object('granted', e.granted, 'scopes', e.scopes, 'at', e.created_at) ORDER BY e.created_at)
                        FROM usage_rights_events e WHERE e.story_id = s.id), '[]') AS consent_history,
            COALESCE((SELECT json_agg(json_build_object('id', p.id, 'position', p.position, 'original_filename', p.original_filename) ORDER BY p.position)
                        FROM photos p WHERE p.story_id = s.id), '[]') AS photos
       FROM stories s JOIN campaigns c ON c.id = s.campaign_id
      WHERE s.author_id = $1 ORDER BY s.created_at`,
  );
  const comments = await rows(
    `SELECT id, story_id, parent_id, body, hidden_at, deleted_at, created_at FROM comments WHERE author_id = $1 ORDER BY created_at`,
  );
  const likes = await rows(`SELECT story_id, created_at FROM story_likes WHERE user_id = $1 ORDER BY created_at`);
  const notifications = await rows(`SELECT kind, params, link, read_at, created_at FROM notifications WHERE recipient_id = $1 ORDER BY created_at`);
  const reports = await rows(
    `SELECT story_id, comment_id, reason, note, status, resolution_note, resolved_at, created_at FROM reports WHERE reporter_id = $1 ORDER BY created_at`,
  );
  // About them: what was decided and why, never who decided it.
  const moderation = await rows(
    `SELECT action, reason, story_id, comment_id, created_at FROM moderation_actions WHERE target_user_id = $1 ORDER BY created_at`,
  );
  const points = {
    balance: (await rows(`SELECT balance FROM points_balances WHERE user_id = $1`))[0]?.balance ?? 0,
    history: await rows(
      `SELECT e.created_at, e.reason, e.amount, e.balance_after, e.campaign_id, c.title AS campaign_title, e.story_id, e.day::text AS day
         FROM points_entries e JOIN campaigns c ON c.id = e.campaign_id WHERE e.user_id = $1 ORDER BY e.created_at, e.id`,
    ),
  };
  const sessions = await rows(`SELECT created_at, last_seen_at, user_agent, ended_at FROM sessions WHERE user_id = $1 ORDER BY created_at`);
  return { exportedAt: new Date().toISOString(), profile, stories, comments, likes, notifications, reports, moderation, points, sessions };
}

/**
 * The largest stored copy of each of the user's photos, for the ZIP (re-encoded there without
 * metadata). Originals are deleted once processed (they carry the camera's metadata), so this
 * is the display rendition, or the original while processing has not finished.
 */
export function photosOf(manager: EntityManager, userId: string): Promise<{ id: string; story_id: string; key: string }[]> {
  return manager.query(
    `SELECT p.id, p.story_id, COALESCE(p.display_key, p.original_key) AS key FROM photos p JOIN stories s ON s.id = p.story_id
      WHERE s.author_id = $1 AND COALESCE(p.display_key, p.original_key) IS NOT NULL ORDER BY s.created_at, p.position`,
    [userId],
  );
}
