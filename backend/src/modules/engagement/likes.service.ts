import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer';
import { TokenService } from '../../core/auth/token.service';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, ForbiddenError } from '../../core/errors/app-errors';
import { RateLimiter, RateLimitPolicy } from '../../core/rate-limit/rate-limiter.service';
import { StoryStatus } from '../stories/story-status.enum';
import { StoriesService } from '../stories/stories.service';
import { StoryEntity } from '../stories/story.entity';
import { EngagementEvents } from './engagement-events';
import { addToStatShard, LIKE_SQL, randomShard, UNLIKE_SQL, WITHDRAW_LIKES_SQL } from './story-stat-shards';

/** Likes and unlikes together: toggling is one action each way. */
export const LIKES_PER_USER: RateLimitPolicy = { name: 'like', points: 120, windowSeconds: 60 };

@Injectable()
export class LikesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly limiter: RateLimiter,
    private readonly events: EngagementEvents,
    private readonly stories: StoriesService,
    private readonly tokens: TokenService,
  ) {}

  /**
   * Idempotent: a second like changes nothing. APPROVED stories only, never one's own. The like
   * row and its shard increment are one statement (see LIKE_SQL), so the count is exact under
   * any concurrency, on any number of instances.
   */
  /**
   * `clientAddress`: where the like came from. Only a keyed pseudonym of it is kept (cut to 88
   * bits: equal addresses match, none can be turned back), for the finale's like-ring signals.
   */
  async like(viewer: Viewer, storyId: string, clientAddress?: string): Promise<StoryEntity> {
    await this.limiter.consume(LIKES_PER_USER, viewer.id);
    const story = await this.stories.requireVisible(viewer, storyId);
    if (story.authorId === viewer.id) throw new ForbiddenError('You cannot like your own story.');
    if (story.status !== StoryStatus.APPROVED) throw new BadUserInputError('Only published stories can be liked.', 'storyId');
    const changed = await this.dataSource.query(LIKE_SQL, [story.id, viewer.id, story.campaignId, randomShard(), clientAddress ? this.tokens.pseudonym('like-client', clientAddress).slice(0, 22) : null]);
    if (changed.length) this.events.likesChanged(story);
    return story;
  }

  /** Idempotent: unliking what was not liked changes nothing. */
  async unlike(viewer: Viewer, storyId: string): Promise<StoryEntity> {
    await this.limiter.consume(LIKES_PER_USER, viewer.id);
    const story = await this.stories.requireVisible(viewer, storyId);
    const changed = await this.dataSource.query(UNLIKE_SQL, [story.id, viewer.id, randomShard()]);
    if (changed.length) this.events.likesChanged(story);
    return story;
  }

  /**
   * The finale voided this liker (null: everyone voided lately, the sweep): their likes leave the
   * live counts (story cards, live leaderboards, feeds), in the caller's transaction, each
   * exactly once. Call announce with the result once it has committed.
   */
  withdrawLikesOf(manager: EntityManager, userId: string | null): Promise<{ id: string; campaignId: string }[]> {
    return manager.query(WITHDRAW_LIKES_SQL, [userId]);
  }

  /** Tells watchers of these stories and of their campaigns' leaderboards that counts changed. */
  announce(stories: { id: string; campaignId: string }[]): void {
    for (const story of stories) this.events.likesChanged(story);
  }

  /** An erased account's likes go, each story's count one lower (inside the caller's transaction). Returns the stories. */
  async removeAllOf(manager: EntityManager, userId: string): Promise<string[]> {
    // TypeORM answers a DELETE … RETURNING with [rows, count].
    const [rows]: [{ story_id: string; counted: boolean }[]] = await manager.query(
      `DELETE FROM story_likes WHERE user_id = $1 RETURNING story_id, counted`,
      [userId],
    );
    // A voided like has left the counts already (withdrawLikesOf).
    for (const row of rows) if (row.counted) await addToStatShard(manager, row.story_id, { likes: -1 });
    return rows.map((row) => row.story_id);
  }
}
