import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { LeaderboardChangedEvent, Topics } from '../../core/pubsub/topics';
import { KeyedThrottle } from '../../core/pubsub/keyed-throttle';
import { LeaderboardsService } from './leaderboards.service';
import { StoryBoardEntry } from './models/leaderboard-entry.model';

/**
 * The event carries the board itself (ids and numbers, nothing private): computed once by the
 * instance that saw the change, every subscriber on every instance shows the same board, and a
 * thousand watchers cost one query, not a thousand.
 */
export interface LeaderboardChangedPayload extends LeaderboardChangedEvent {
  entries: StoryBoardEntry[];
}

/**
 * Turns likes into leaderboardChanged events: at most one a second per campaign, the first at
 * once and the rest at the end of the second, so a watcher sees a change within a second and
 * never misses the last one.
 */
@Injectable()
export class LeaderboardChanges implements OnApplicationShutdown {
  private readonly logger = new Logger(LeaderboardChanges.name);
  private readonly throttle = new KeyedThrottle(1000, (campaignId) => this.publish(campaignId));

  constructor(
    private readonly pubsub: PubSubEngine,
    private readonly leaderboards: LeaderboardsService,
  ) {}

  changed(campaignId: string): void {
    this.leaderboards.invalidate(campaignId);
    this.throttle.mark(campaignId);
  }

  onApplicationShutdown(): void {
    this.throttle.stop();
  }

  private async publish(campaignId: string): Promise<void> {
    try {
      const entries = await this.leaderboards.currentTopStories(campaignId);
      await this.pubsub.publish(Topics.leaderboardChanged(campaignId), { campaignId, entries } satisfies LeaderboardChangedPayload);
    } catch (error) {
      this.logger.warn({ err: error, campaignId }, 'could not publish a leaderboard change');
    }
  }
}
