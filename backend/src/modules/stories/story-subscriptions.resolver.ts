import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { PubSubEngine } from 'graphql-subscriptions';
import { assertAuthorized } from '../../core/auth/authorize.decorator';
import { NotFoundError } from '../../core/errors/app-errors';
import { IdPipe } from '../../core/graphql/id.pipe';
import type { RequestContext } from '../../core/graphql/request-context';
import { checkedSubscription, freshLoaders } from '../../core/pubsub/subscription-context';
import { StorySubmittedEvent, StoryUpdatedEvent, Topics } from '../../core/pubsub/topics';
import { MODERATOR_ROLES } from '../accounts/role.enum';
import { Story } from './models/story.model';
import { StoriesService } from './stories.service';
import type { StoryEntity } from './story.entity';
import { VisibleStoryByIdLoader } from './visible-story-by-id.loader';

/**
 * Live updates of stories over graphql-ws. Who may subscribe is checked once, when subscribing,
 * against the connection's viewer; each event is then checked again with fresh loaders
 * (VisibleStoryByIdLoader: the one visibility rule), so a story the subscriber may no longer
 * see is never sent.
 */
@Resolver()
export class StorySubscriptionsResolver {
  constructor(
    private readonly pubsub: PubSubEngine,
    private readonly stories: StoriesService,
    private readonly visibleStories: VisibleStoryByIdLoader,
  ) {}

  @Subscription(() => Story, {
    description: 'Like count, comment count, status or featuring changed.',
    async filter(this: StorySubscriptionsResolver, event: StoryUpdatedEvent, _: unknown, context: RequestContext) {
      return !!(await this.visibleStory(event.storyId, freshLoaders(context)));
    },
    async resolve(this: StorySubscriptionsResolver, event: StoryUpdatedEvent, _: unknown, context: RequestContext) {
      return Story.from(await this.requireVisibleStory(event.storyId, context));
    },
  })
  storyUpdated(@Args('storyId', { type: () => ID }, IdPipe) storyId: string, @Context() context: RequestContext) {
    return checkedSubscription(async () => {
      await this.stories.requireVisible(context.viewer, storyId);
      return this.pubsub.asyncIterableIterator<StoryUpdatedEvent>(Topics.storyUpdated(storyId));
    });
  }

  @Subscription(() => Story, {
    description: 'MODERATOR and ADMIN: a story entered the moderation queue (of one campaign, or any).',
    filter(this: StorySubscriptionsResolver, event: StorySubmittedEvent, args: { campaignId?: string | null }) {
      return !args.campaignId || event.campaignId === args.campaignId;
    },
    async resolve(this: StorySubscriptionsResolver, event: StorySubmittedEvent, _: unknown, context: RequestContext) {
      return Story.from(await this.requireVisibleStory(event.storyId, freshLoaders(context)));
    },
  })
  storySubmitted(
    @Args('campaignId', { type: () => ID, nullable: true }, IdPipe) _campaignId: string | null,
    @Context() context: RequestContext,
  ) {
    return checkedSubscription(async () => {
      assertAuthorized(context.viewer, { roles: MODERATOR_ROLES });
      return this.pubsub.asyncIterableIterator<StorySubmittedEvent>(Topics.storySubmitted);
    });
  }

  private visibleStory(storyId: string, context: RequestContext): Promise<StoryEntity | null> {
    return context.loaders.get(this.visibleStories).load(storyId);
  }

  private async requireVisibleStory(storyId: string, context: RequestContext): Promise<StoryEntity> {
    const story = await this.visibleStory(storyId, context);
    if (!story) throw new NotFoundError('That story');
    return story;
  }
}
