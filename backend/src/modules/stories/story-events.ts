import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { KeyedThrottle } from '../../core/pubsub/keyed-throttle';
import { StorySubmittedEvent, StoryUpdatedEvent, Topics } from '../../core/pubsub/topics';
import { FeedsService } from './feeds/feeds.service';
import { StoryMedia } from './story-media';
import { VisibleStoryByIdLoader } from './visible-story-by-id.loader';

/**
 * What follows a committed change of a story: subscribers are told, and (for status changes)
 * its photos are brought in line with who may now see it. A failed publish is logged, not
 * thrown: the change itself has happened and the client must hear that it did.
 */
@Injectable()
export class StoryEvents implements OnApplicationShutdown {
  private readonly logger = new Logger(StoryEvents.name);
  /** Moderators' pending counts follow the queue: at most one signal a second, the last change always sent. */
  private readonly queueChanges = new KeyedThrottle(1000, () => this.publish(Topics.moderationQueueChanged, {}));

  constructor(
    private readonly pubsub: PubSubEngine,
    private readonly media: StoryMedia,
    private readonly feeds: FeedsService,
    private readonly visibleStories: VisibleStoryByIdLoader,
  ) {}

  /** Usage rights, featuring: anything a viewer of the story would see change. */
  async updated(storyId: string): Promise<void> {
    this.visibleStories.forget(storyId);
    this.feeds.forgetPages();
    await this.publish(Topics.storyUpdated(storyId), { storyId } satisfies StoryUpdatedEvent);
  }

  /**
   * Status or deletion changed: subscribers re-check what they may see, and a REMOVED, REJECTED
   * or deleted story's photos stop being served publicly (a queued job, retried until done).
   */
  async statusChanged(storyId: string): Promise<void> {
    this.queueChanges.mark('queue');
    await this.media.enqueue(storyId);
    await this.updated(storyId);
  }

  /** The story entered the moderation queue (new PENDING, or held after reports). */
  async submitted(story: { id: string; campaignId: string }): Promise<void> {
    this.queueChanges.mark('queue');
    await this.publish(Topics.storySubmitted, { storyId: story.id, campaignId: story.campaignId } satisfies StorySubmittedEvent);
  }

  onApplicationShutdown(): void {
    this.queueChanges.stop();
  }

  private async publish(topic: string, payload: object): Promise<void> {
    try {
      await this.pubsub.publish(topic, payload);
    } catch (error) {
      this.logger.warn({ err: error, topic }, 'could not publish an event');
    }
  }
}
