import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { PubSubEngine } from 'graphql-subscriptions';
import { NotFoundError } from '../../core/errors/app-errors';
import { IdPipe } from '../../core/graphql/id.pipe';
import type { RequestContext } from '../../core/graphql/request-context';
import { checkedSubscription, freshLoaders } from '../../core/pubsub/subscription-context';
import { CampaignUpdatedEvent, Topics } from '../../core/pubsub/topics';
import { CampaignsService } from '../campaigns/campaigns.service';
import { VisibleStoryByIdLoader } from '../stories/visible-story-by-id.loader';
import { CampaignUpdate } from './models/campaign-update.model';

/**
 * A campaign's feed cards, live: one subscription per open feed. Who may subscribe is checked
 * when subscribing (the campaign must be visible to the viewer); each event is filtered again
 * with fresh loaders through the one story visibility rule, so a story the subscriber may not
 * see is never mentioned.
 */
@Resolver()
export class CampaignSubscriptionsResolver {
  constructor(
    private readonly pubsub: PubSubEngine,
    private readonly campaigns: CampaignsService,
    private readonly visibleStories: VisibleStoryByIdLoader,
  ) {}

  @Subscription(() => CampaignUpdate, {
    description: "Counts of the campaign's stories that changed, at most once a second (per instance).",
    async filter(this: CampaignSubscriptionsResolver, event: CampaignUpdatedEvent, _: unknown, context: RequestContext) {
      return (await this.visibleCounts(event, freshLoaders(context))).length > 0;
    },
    async resolve(this: CampaignSubscriptionsResolver, event: CampaignUpdatedEvent, _: unknown, context: RequestContext) {
      // The loaders filter renewed for this event: the stories are read once.
      return { campaignId: event.campaignId, stories: await this.visibleCounts(event, context) } satisfies CampaignUpdate;
    },
  })
  campaignUpdated(@Args('campaignId', { type: () => ID }, IdPipe) campaignId: string, @Context() context: RequestContext) {
    return checkedSubscription(async () => {
      if (!(await this.campaigns.findVisible(context.viewer, { id: campaignId }))) throw new NotFoundError('That campaign');
      return this.pubsub.asyncIterableIterator<CampaignUpdatedEvent>(Topics.campaignUpdated(campaignId));
    });
  }

  private async visibleCounts(event: CampaignUpdatedEvent, context: RequestContext): Promise<CampaignUpdatedEvent['stories']> {
    const stories = await context.loaders.get(this.visibleStories).loadMany(event.stories.map((s) => s.storyId));
    return event.stories.filter((_, i) => { const story = stories[i]; return !!story && !(story instanceof Error); });
  }
}
