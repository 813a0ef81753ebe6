import { ModuleRef } from '@nestjs/core';
import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { assertAuthorized } from '../../core/auth/authorize.decorator';
import { NotFoundError } from '../../core/errors/app-errors';
import { IdPipe } from '../../core/graphql/id.pipe';
import type { RequestContext } from '../../core/graphql/request-context';
import { CommentAddedEvent, StorySubmittedEvent, StoryUpdatedEvent, Topics } from '../../core/pubsub/topics';
import { MODERATOR_ROLES } from '../accounts/role.enum';
import { Story } from '../stories/models/story.model';
import { StoryByIdLoader } from '../stories/story-by-id.loader';
import { canViewStory } from '../stories/story-visibility';
import type { StoryEntity } from '../stories/story.entity';
import { CommentByIdLoader } from './comment-by-id.loader';
import { canViewComment } from './comment-visibility';
import { Comment } from './models/comment.model';
import { checkedSubscription, freshLoaders } from './subscription-context';
import { findVisibleStory } from './visible-story';

/**
 * Live updates over graphql-ws. Who may subscribe is checked once, when subscribing, against the
 * connection's viewer (from the connection_init token); each event is then checked again, with
 * fresh loaders, so a story or comment the subscriber may no longer see is never sent.
 */
@Resolver()
export class EngagementSubscriptionsResolver {
  constructor(
    private readonly pubsub: PubSubEngine,
    private readonly moduleRef: ModuleRef,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Subscription(() => Story, {
    description: 'Like count, comment count, status or featuring changed.',
    async filter(this: EngagementSubscriptionsResolver, event: StoryUpdatedEvent, _: unknown, context: RequestContext) {
      return !!(await this.visibleStory(event.storyId, freshLoaders(context, this.moduleRef)));
    },
    async resolve(this: EngagementSubscriptionsResolver, event: StoryUpdatedEvent, _: unknown, context: RequestContext) {
      return Story.from(await this.requireVisibleStory(event.storyId, context));
    },
  })
  storyUpdated(@Args('storyId', { type: () => ID }, IdPipe) storyId: string, @Context() context: RequestContext) {
    return checkedSubscription(async () => {
      await findVisibleStory(this.dataSource, context.viewer, storyId);
      return this.pubsub.asyncIterableIterator<StoryUpdatedEvent>(Topics.storyUpdated(storyId));
    });
  }

  @Subscription(() => Comment, {
    async filter(this: EngagementSubscriptionsResolver, event: CommentAddedEvent, _: unknown, context: RequestContext) {
      freshLoaders(context, this.moduleRef);
      const [story, comment] = await Promise.all([
        this.visibleStory(event.storyId, context),
        context.loaders.get(CommentByIdLoader).load(event.commentId),
      ]);
      return !!story && !!comment && canViewComment(context.viewer, comment);
    },
    async resolve(this: EngagementSubscriptionsResolver, event: CommentAddedEvent, _: unknown, context: RequestContext) {
      const comment = await context.loaders.get(CommentByIdLoader).load(event.commentId);
      if (!comment) throw new NotFoundError('That comment');
      return Comment.from(comment);
    },
  })
  commentAdded(@Args('storyId', { type: () => ID }, IdPipe) storyId: string, @Context() context: RequestContext) {
    return checkedSubscription(async () => {
      await findVisibleStory(this.dataSource, context.viewer, storyId);
      return this.pubsub.asyncIterableIterator<CommentAddedEvent>(Topics.commentAdded(storyId));
    });
  }

  @Subscription(() => Story, {
    description: 'MODERATOR and ADMIN: a story entered the moderation queue (of one campaign, or any).',
    filter(this: EngagementSubscriptionsResolver, event: StorySubmittedEvent, args: { campaignId?: string | null }) {
      return !args.campaignId || event.campaignId === args.campaignId.toLowerCase();
    },
    async resolve(this: EngagementSubscriptionsResolver, event: StorySubmittedEvent, _: unknown, context: RequestContext) {
      return Story.from(await this.requireVisibleStory(event.storyId, freshLoaders(context, this.moduleRef)));
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

  private async visibleStory(storyId: string, context: RequestContext): Promise<StoryEntity | null> {
    const story = await context.loaders.get(StoryByIdLoader).load(storyId);
    return story && canViewStory(context.viewer, story) ? story : null;
  }

  private async requireVisibleStory(storyId: string, context: RequestContext): Promise<StoryEntity> {
    const story = await this.visibleStory(storyId, context);
    if (!story) throw new NotFoundError('That story');
    return story;
  }
}
