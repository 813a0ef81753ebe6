import { Injectable, Logger } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { StorySubmittedEvent, StoryUpdatedEvent, Topics } from '../../core/pubsub/topics';

/**
 * Publishes what subscriptions listen to, after the change has committed. A failed publish is
 * logged, not thrown: the change itself has happened and the client must hear that it did.
 */
@Injectable()
export class StoryEvents {
  private readonly logger = new Logger(StoryEvents.name);

  constructor(private readonly pubsub: PubSubEngine) {}

  /** Status, deletion, usage rights: anything a viewer of the story would see change. */
  async updated(storyId: string): Promise<void> {
    await this.publish(Topics.storyUpdated(storyId), { storyId } satisfies StoryUpdatedEvent);
  }

  /** The story entered the moderation queue (new PENDING, or held after reports). */
  async submitted(story: { id: string; campaignId: string }): Promise<void> {
    await this.publish(Topics.storySubmitted, { storyId: story.id, campaignId: story.campaignId } satisfies StorySubmittedEvent);
  }

  private async publish(topic: string, payload: object): Promise<void> {
    try {
      await this.pubsub.publish(topic, payload);
    } catch (error) {
      this.logger.warn({ err: error, topic }, 'could not publish an event');
    }
  }
}
