import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../core/errors/app-errors';
import { RateLimiter, RateLimitPolicy } from '../../core/rate-limit/rate-limiter.service';
import { isModerator } from '../accounts/role.enum';
import { ModerationLogService } from '../moderation/moderation-log.service';
import { WordFilter } from '../moderation/word-filter.service';
import { StoriesService } from '../stories/stories.service';
import { StoryStatus } from '../stories/story-status.enum';
import { CommentEntity } from './comment.entity';
import { commentFromRow } from './comment-page-by-story.loader';
import { canViewComment } from './comment-visibility';
import { AddCommentArgs } from './dto/add-comment.args';
import { EngagementEvents } from './engagement-events';
import { addToStatShard } from './story-stat-shards';
import { commentNotices } from '../notifications/comment-notices';
import { NotificationsService } from '../notifications/notifications.service';
import { idsAddedAfter } from '../../core/pubsub/resumable';

export const COMMENTS_PER_USER: RateLimitPolicy = { name: 'comment', points: 10, windowSeconds: 60 };

/**
 * Comments and their visible count. commentCount is the number of comments not deleted and not
 * hidden, kept in the stat shards: +1 on add, −1 when a visible comment is deleted or hidden,
 * in the same transaction as the change. The UPDATEs only match a comment still in the state
 * they change, so two moderators hiding at once count it once.
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly limiter: RateLimiter,
    private readonly wordFilter: WordFilter,
    private readonly log: ModerationLogService,
    private readonly events: EngagementEvents,
    private readonly stories: StoriesService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * On APPROVED stories the viewer can see; a reply's parent must be a visible top-level comment
   * of the same story. The campaign's word list applies: comments have no review queue, so a
   * REVIEW term refuses them as BLOCK does.
   */
  async add(viewer: Viewer, args: AddCommentArgs): Promise<CommentEntity> {
    await this.limiter.consume(COMMENTS_PER_USER, viewer.id);
    const story = await this.stories.requireVisible(viewer, args.storyId);
    if (story.status !== StoryStatus.APPROVED) throw new BadUserInputError('Only published stories can be commented on.', 'storyId');
    if (args.parentId) {
      const parent = await this.dataSource.getRepository(CommentEntity).findOneBy({ id: args.parentId });
      if (!parent || parent.storyId !== story.id || !canViewComment(viewer, parent)) {
        throw new BadUserInputError('You can only reply to a comment on the same story.', 'parentId');
      }
      if (parent.parentId) throw new BadUserInputError('Replies go one level deep: reply to the comment that started the thread.', 'parentId');
    }
    if ((await this.wordFilter.check(args.body, story.campaignId)) !== 'ALLOW') {
      throw new BadUserInputError('Your comment contains words that are not allowed in this campaign. Please edit it and try again.', 'body');
    }

    const comment = await this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      // A top-level comment starts its own thread; a reply copies its parent's thread columns (in
      // SQL, keeping their microseconds), so reading order is one index scan.
      const rows: Parameters<typeof commentFromRow>[0][] = args.parentId
        ? await manager.query(
            `INSERT INTO comments (id, story_id, campaign_id, author_id, parent_id, thread_id, thread_created_at, body, created_at)
             SELECT $1, p.story_id, p.campaign_id, $2, p.id, p.thread_id, p.thread_created_at, $3, now()
               FROM comments p WHERE p.id = $4
             RETURNING *`,
            [id, viewer.id, args.body, args.parentId],
          )
        : await manager.query(
            `INSERT INTO comments (id, story_id, campaign_id, author_id, parent_id, thread_id, thread_created_at, body, created_at)
             VALUES ($1, $2, $3, $4, NULL, $1, now(), $5, now())
             RETURNING *`,
            [id, story.id, story.campaignId, viewer.id, args.body],
          );
      if (!rows.length) throw new BadUserInputError('You can only reply to a comment on the same story.', 'parentId');
      await addToStatShard(manager, story.id, { comments: 1 });
      const added = commentFromRow(rows[0]);
      await this.notifications.tell(manager, await commentNotices(manager, added, story));
      return added;
    });
    await this.events.commentAdded(comment);
    return comment;
  }

  /** By its author, or by a moderator (logged when it is someone else's). */
  async delete(viewer: Viewer, id: string): Promise<void> {
    const comment = await this.dataSource.getRepository(CommentEntity).findOneBy({ id });
    const isAuthor = comment?.authorId === viewer.id;
    if (!comment || (!isAuthor && !canViewComment(viewer, comment))) throw new NotFoundError('That comment');
    if (!isAuthor && !isModerator(viewer)) throw new ForbiddenError('Only the author or a moderator can delete this comment.');

    await this.dataSource.transaction(async (manager) => {
      const [rows]: [{ hidden_at: Date | null }[]] = await manager.query(
        `UPDATE comments SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL RETURNING hidden_at`,
        [id],
      );
      if (!rows.length) throw new NotFoundError('That comment');
      if (!rows[0].hidden_at) await addToStatShard(manager, comment.storyId, { comments: -1 });
      if (!isAuthor) await this.record(manager, 'DELETE_COMMENT', viewer, comment, null);
    });
    this.events.commentsChanged(comment);
  }

  /**
   * An erased account's comments become "[deleted]" (kept while replies answer them, with no
   * author shown: Comment.from), out of every count, inside the caller's transaction.
   */
  async deleteAllOf(manager: EntityManager, userId: string): Promise<string[]> {
    const [rows]: [{ story_id: string; hidden_at: Date | null }[]] = await manager.query(
      `UPDATE comments SET deleted_at = now() WHERE author_id = $1 AND deleted_at IS NULL RETURNING story_id, hidden_at`,
      [userId],
    );
    for (const row of rows) if (!row.hidden_at) await addToStatShard(manager, row.story_id, { comments: -1 });
    return [...new Set(rows.map((row) => row.story_id))];
  }

  /** A moderator hides a comment with a reason: it leaves the public list and the count, and is logged. */
  async hide(moderator: Viewer, id: string, reason: string): Promise<CommentEntity> {
    const hidden = await this.dataSource.transaction(async (manager) => {
      const [rows]: [Parameters<typeof commentFromRow>[0][]] = await manager.query(
        `UPDATE comments SET hidden_at = now(), hidden_reason = $2
          WHERE id = $1 AND deleted_at IS NULL AND hidden_at IS NULL
          RETURNING *`,
        [id, reason],
      );
      if (!rows.length) return null;
      const comment = commentFromRow(rows[0]);
      await addToStatShard(manager, comment.storyId, { comments: -1 });
      await this.record(manager, 'HIDE_COMMENT', moderator, comment, reason);
      return comment;
    });
    if (hidden) {
      this.events.commentsChanged(hidden);
      return hidden;
    }
    // Already hidden (nothing to do), or not there at all.
    const comment = await this.dataSource.getRepository(CommentEntity).findOneBy({ id });
    if (!comment) throw new NotFoundError('That comment');
    return comment;
  }

  private record(
    manager: EntityManager,
    action: 'HIDE_COMMENT' | 'DELETE_COMMENT',
    moderator: Viewer,
    comment: CommentEntity,
    reason: string | null,
  ): Promise<void> {
    return this.log.record(
      { action, moderatorId: moderator.id, reason, commentId: comment.id, storyId: comment.storyId, campaignId: comment.campaignId, targetUserId: comment.authorId },
      manager,
    );
  }

  /** Comments on the story added after `afterId`: what a reconnecting subscriber missed. */
  missedSince(storyId: string, afterId: string): Promise<string[]> {
    return idsAddedAfter(this.dataSource.manager, { table: 'comments', ownerColumn: 'story_id' }, storyId, afterId);
  }
}
