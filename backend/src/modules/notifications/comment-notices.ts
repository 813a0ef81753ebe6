import type { EntityManager } from 'typeorm';
import { NotificationKind } from './notification-kind.enum';
import { excerpt } from './notification-texts';
import type { NotificationDraft } from './notifications.service';

/**
 * Who hears of a new comment: the author of the comment replied to, and the story's author.
 * One notification each, and the reply wins when they are the same person (a reply to your own
 * comment on your own story is one event to you, not two). Nobody hears of their own comment.
 */
export async function commentNotices(
  manager: EntityManager,
  comment: { id: string; storyId: string; authorId: string; parentId: string | null; body: string },
  story: { authorId: string },
): Promise<NotificationDraft[]> {
  const [row]: { display_name: string; parent_author_id: string | null }[] = await manager.query(
    `SELECT u.display_name, (SELECT p.author_id FROM comments p WHERE p.id = $2) AS parent_author_id FROM users u WHERE u.id = $1`,
    [comment.authorId, comment.parentId],
  );
  const params = { authorName: row?.display_name, excerpt: excerpt(comment.body) };
  const common = { actorId: comment.authorId, storyId: comment.storyId, commentId: comment.id, params, link: `/stories/${comment.storyId}#comment-${comment.id}` };
  const drafts: NotificationDraft[] = [];
  if (row?.parent_author_id) drafts.push({ ...common, recipientId: row.parent_author_id, kind: NotificationKind.COMMENT_REPLIED });
  if (story.authorId !== row?.parent_author_id) drafts.push({ ...common, recipientId: story.authorId, kind: NotificationKind.STORY_COMMENTED });
  return drafts;
}
