import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { KeyedThrottle } from '../../core/pubsub/keyed-throttle';
import { CampaignUpdatedEvent, Topics } from '../../core/pubsub/topics';
import { StoryStatsByStoryIdLoader } from './story-stats-by-story-id.loader';

/** A feed's cards hear about their counts at most once a second (the first change at once). */
export const CAMPAIGN_UPDATE_INTERVAL_MS = 1000;

/**
 * Turns likes and comments into campaignUpdated events: the stories of the campaign whose counts
 * changed since the last event, with their exact counts, read once by the instance that saw the
 * changes and sent through the pub/sub to every instance. A feed page subscribes once for all
 * its cards, not once per card, and a thousand readers cost one query per second, not a thousand.
 */
@Injectable()
export class CampaignUpdates implements OnApplicationShutdown {
  private readonly logger = new Logger(CampaignUpdates.name);
  private readonly changed = new Map<string, Set<string>>();
  private readonly throttle = new KeyedThrottle(CAMPAIGN_UPDATE_INTERVAL_MS, (campaignId) => this.publish(campaignId));

  constructor(
    private readonly pubsub: PubSubEngine,
    private readonly stats: StoryStatsByStoryIdLoader,
  ) {}

  /** Called after the change has committed. */
  storyChanged(campaignId: string, storyId: string): void {
    let stories = this.changed.get(campaignId);
    if (!stories) this.changed.set(campaignId, (stories = new Set()));
    stories.add(storyId);
    this.throttle.mark(campaignId);
  }

  onApplicationShutdown(): void {
    this.throttle.stop();
  }

  private async publish(campaignId: string): Promise<void> {
    // Taken before reading: a change marked meanwhile starts a new set and a trailing event.
    const storyIds = [...(this.changed.get(campaignId) ?? [])];
    this.changed.delete(campaignId);
    if (!storyIds.length) return;
    try {
      // The exact counts, summed from the shards in one query (the loader every count is read with).
      const counts = await this.stats.create().loadMany(storyIds);
      const stories = storyIds.map((storyId, i) => {
        const count = counts[i];
        return count instanceof Error ? { storyId, likeCount: 0, commentCount: 0 } : { storyId, likeCount: count.likes, commentCount: count.comments };
      });
      await this.pubsub.publish(Topics.campaignUpdated(campaignId), { campaignId, stories } satisfies CampaignUpdatedEvent);
    } catch (error) {
      this.logger.warn({ err: error, campaignId }, 'could not publish a campaign update');
    }
  }
}
