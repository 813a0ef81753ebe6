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
import { PreparedStatement } from '../../core/database/prepared-statement';
import { gatheredCalls } from '../../core/database/gathered-calls';
import { addToStatShard, LIKE_MANY_SQL, LikeOutcome, randomShard, UNLIKE_SQL, WITHDRAW_LIKES_SQL } from './story-stat-shards';
import type { StoryStats } from './story-stats-by-story-id.loader';

/** A story after a like or unlike, and its counts then (with that like in them). */
export interface LikedStory {
  story: StoryEntity;
  stats: StoryStats;
}

// Planned once per connection: a like is the Double 11 crowd's most frequent write.
const UNLIKE = new PreparedStatement<LikeOutcome>('unlike_story', UNLIKE_SQL);
const LIKE_MANY = new PreparedStatement<LikeOutcome & { story_id: string; user_id: string }>('like_stories', LIKE_MANY_SQL);

/** One like to write: the story, the liker, the story's campaign, the client's pseudonym. */
interface WantedLike {
  storyId: string;
  userId: string;
  campaignId: string;
  clientKey: string | null;
}

const likeKey = (like: { storyId: string; userId: string }) => `${like.storyId}:${like.userId}`;

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
   * row and its shard increment are one statement (see LIKE_MANY_SQL), so the count is exact under
   * any concurrency, on any number of instances.
   */
  /**
   * `clientAddress`: where the like came from. Only a keyed pseudonym of it is kept (cut to 88
   * bits: equal addresses match, none can be turned back), for the finale's like-ring signals.
   */
  async like(viewer: Viewer, storyId: string, clientAddress?: string): Promise<LikedStory> {
    await this.limiter.consume(LIKES_PER_USER, viewer.id);
    const story = await this.stories.requireVisible(viewer, storyId);
    if (story.authorId === viewer.id) throw new ForbiddenError('You cannot like your own story.');
    if (story.status !== StoryStatus.APPROVED) throw new BadUserInputError('Only published stories can be liked.', 'storyId');
    const clientKey = clientAddress ? this.tokens.pseudonym('like-client', clientAddress).slice(0, 22) : null;
    const outcome = await this.writeLike({ storyId: story.id, userId: viewer.id, campaignId: story.campaignId, clientKey });
    return this.liked(story, outcome);
  }

  /** Idempotent: unliking what was not liked changes nothing. */
  async unlike(viewer: Viewer, storyId: string): Promise<LikedStory> {
    await this.limiter.consume(LIKES_PER_USER, viewer.id);
    const story = await this.stories.requireVisible(viewer, storyId);
    const [outcome] = await UNLIKE.rows(this.dataSource, [story.id, viewer.id, randomShard()]);
    return this.liked(story, outcome);
  }

  /** The likes in flight, written by one statement per turn of the event loop (gatheredCalls). */
  private readonly writeLike = gatheredCalls<WantedLike, LikeOutcome>((likes) => this.writeLikes(likes));

  private async writeLikes(likes: readonly WantedLike[]): Promise<(LikeOutcome | Error)[]> {
    try {
      return await this.writeTogether(likes);
    } catch (error) {
      // One like that cannot be written (its story deleted meanwhile) must not fail the others.
      if (likes.length === 1) return [error as Error];
      return Promise.all(likes.map((like) => this.writeTogether([like]).then(([outcome]) => outcome, (failed: Error) => failed)));
    }
  }

  private async writeTogether(likes: readonly WantedLike[]): Promise<(LikeOutcome | Error)[]> {
    // Each (story, liker) once in the statement; a repeat in the same moment changed nothing.
    const unique = [...new Map(likes.map((like) => [likeKey(like), like])).values()];
    const rows = await LIKE_MANY.rows(this.dataSource, [
      unique.map((like) => like.storyId),
      unique.map((like) => like.userId),
      unique.map((like) => like.campaignId),
      unique.map(() => randomShard()),
      unique.map((like) => like.clientKey),
    ]);
    const outcomes = new Map(rows.map((row) => [likeKey({ storyId: row.story_id, userId: row.user_id }), row]));
    const answered = new Set<string>();
    return likes.map((like) => {
      const key = likeKey(like);
      const row = outcomes.get(key);
      if (!row) return new Error('The like was not written.');
      const changed = answered.has(key) ? 0 : row.changed;
      answered.add(key);
      return { changed, likes: row.likes, comments: row.comments };
    });
  }

  private liked(story: StoryEntity, { changed, likes, comments }: LikeOutcome): LikedStory {
    if (changed) this.events.likesChanged(story);
    return { story, stats: { likes, comments } };
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
