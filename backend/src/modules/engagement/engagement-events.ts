import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { CommentAddedEvent, StoryUpdatedEvent, Topics } from '../../core/pubsub/topics';
import { LeaderboardChanges } from '../leaderboards/leaderboard-changes';
import { KeyedThrottle } from '../../core/pubsub/keyed-throttle';
import { SharedAnswers } from '../../core/graphql/shared-answers';
import { CampaignUpdates } from './campaign-updates';
import { CommentPageByStoryLoader } from './comment-page-by-story.loader';
import { StoryStatsByStoryIdLoader } from './story-stats-by-story-id.loader';

/** A viral story's likes reach its watchers as a few updates a second, not one per like. */
const STORY_UPDATE_INTERVAL_MS = 250;

/**
 * What engagement tells subscribers, after the change has committed. Payloads carry ids only;
 * subscribers reload what they may see. A failed publish is logged, never thrown: the change
 * has happened.
 */
@Injectable()
export class EngagementEvents implements OnApplicationShutdown {
  private readonly logger = new Logger(EngagementEvents.name);
  private readonly storyUpdates = new KeyedThrottle(STORY_UPDATE_INTERVAL_MS, (storyId) =>
    this.publish(Topics.storyUpdated(storyId), { storyId } satisfies StoryUpdatedEvent),
  );

  constructor(
    private readonly pubsub: PubSubEngine,
    private readonly leaderboards: LeaderboardChanges,
    private readonly campaignUpdates: CampaignUpdates,
    private readonly stats: StoryStatsByStoryIdLoader,
    private readonly commentPages: CommentPageByStoryLoader,
    private readonly sharedAnswers: SharedAnswers,
  ) {}

  /** Likes or comments changed what the story shows: its page and its campaign's feed cards. */
  storyChanged(story: { storyId: string; campaignId: string }): void {
    this.stats.forget(story.storyId);
    this.sharedAnswers.forget('Story', story.storyId);
    this.storyUpdates.mark(story.storyId);
    this.campaignUpdates.storyChanged(story.campaignId, story.storyId);
  }

  /** A like or unlike: the story and its campaign's leaderboard. */
  likesChanged(story: { id: string; campaignId: string }): void {
    this.storyChanged({ storyId: story.id, campaignId: story.campaignId });
    this.leaderboards.changed(story.campaignId);
  }

  /** A comment was hidden, shown again or deleted: its story's pages and counts. */
  commentsChanged(story: { storyId: string; campaignId: string }): void {
    this.commentPages.forget(story.storyId);
    this.storyChanged(story);
  }

  async commentAdded(comment: { id: string; storyId: string; campaignId: string }): Promise<void> {
    this.commentPages.forget(comment.storyId);
    await this.publish(Topics.commentAdded(comment.storyId), { storyId: comment.storyId, commentId: comment.id } satisfies CommentAddedEvent);
    this.storyChanged(comment);
  }

  onApplicationShutdown(): void {
    this.storyUpdates.stop();
  }

  private async publish(topic: string, payload: object): Promise<void> {
    try {
      await this.pubsub.publish(topic, payload);
    } catch (error) {
      this.logger.warn({ err: error, topic }, 'could not publish an event');
    }
  }
}
