import { Args, Context, Info, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PubSubEngine } from 'graphql-subscriptions';
import { checkedSubscription } from '../../core/pubsub/subscription-context';
import { Topics } from '../../core/pubsub/topics';
import { assertAuthorized, Authorize, Viewer } from '../../core/auth/authorize.decorator';
import { PagePrefetch } from '../../core/graphql/page-prefetch';
import type { RequestContext } from '../../core/graphql/request-context';
import { Page } from '../../core/pagination/connection';
import { User } from '../accounts/models/user.model';
import { MODERATOR_ROLES } from '../accounts/role.enum';
import { Campaign } from '../campaigns/models/campaign.model';
import { Comment } from '../engagement/models/comment.model';
import { StoryConnection } from '../stories/models/story-connection.model';
import { Story } from '../stories/models/story.model';
import { ContentLoading } from './content-loading';
import { ModerateStoryArgs, ModerationLogArgs, ModerationQueueArgs } from './dto/moderation.args';
import { ModerationService } from './moderation.service';
import { ModerationAction, ModerationActionConnection } from './models/moderation-action.model';

@Resolver(() => ModerationAction)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly content: ContentLoading,
    private readonly pubsub: PubSubEngine,
    private readonly prefetch: PagePrefetch,
  ) {}

  @Query(() => StoryConnection, { description: 'MODERATOR and ADMIN. Oldest first.' })
  @Authorize({ roles: MODERATOR_ROLES })
  async moderationQueue(@Args() args: ModerationQueueArgs, @Context() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Page<Story>> {
    const page = await this.moderation.queue(args);
    return this.prefetch.connection('Story', { ...page, nodes: page.nodes.map(Story.from) }, context, info);
  }

  @Query(() => Int, { description: 'MODERATOR and ADMIN. How many stories wait for review (PENDING), for the console\'s badge.' })
  @Authorize({ roles: MODERATOR_ROLES })
  async pendingStoryCount(): Promise<number> {
    return this.moderation.pendingCount();
  }

  @Subscription(() => Int, {
    description: 'MODERATOR and ADMIN. pendingStoryCount, again whenever the queue changes (any moderator, any instance), at most once a second.',
    // Counted per subscriber when the signal arrives: moderators are few, and the count is one index scan.
    resolve(this: ModerationResolver) {
      return this.moderation.pendingCount();
    },
  })
  pendingStoryCountChanged(@Context() context: RequestContext) {
    return checkedSubscription(async () => {
      assertAuthorized(context.viewer, { roles: MODERATOR_ROLES });
      return this.pubsub.asyncIterableIterator(Topics.moderationQueueChanged);
    });
  }

  @Mutation(() => Story, { description: 'MODERATOR and ADMIN.' })
  @Authorize({ roles: MODERATOR_ROLES })
  async moderateStory(@Viewer() viewer: Viewer, @Args() args: ModerateStoryArgs): Promise<Story> {
    return Story.from(await this.moderation.decide(viewer, args.storyId, args.decision, args.reason ?? null));
  }

  @Query(() => ModerationActionConnection, { description: 'MODERATOR and ADMIN. Newest first.' })
  @Authorize({ roles: MODERATOR_ROLES })
  async moderationLog(@Args() args: ModerationLogArgs): Promise<Page<ModerationAction>> {
    const page = await this.moderation.history(args);
    return { ...page, nodes: page.nodes.map(ModerationAction.from) };
  }

  @ResolveField(() => User)
  async moderator(@Parent() action: ModerationAction, @Context() context: RequestContext): Promise<User> {
    return (await this.content.user(context, action.moderatorId))!;
  }

  @ResolveField(() => Story, { nullable: true, description: 'null once the story is deleted.' })
  story(@Parent() action: ModerationAction, @Context() context: RequestContext): Promise<Story | null> {
    return this.content.story(context, action.storyId);
  }

  @ResolveField(() => Comment, { nullable: true })
  comment(@Parent() action: ModerationAction, @Context() context: RequestContext): Promise<Comment | null> {
    return this.content.comment(context, action.commentId);
  }

  @ResolveField(() => User, { nullable: true })
  targetUser(@Parent() action: ModerationAction, @Context() context: RequestContext): Promise<User | null> {
    return this.content.user(context, action.targetUserId);
  }

  @ResolveField(() => Campaign, { nullable: true })
  async campaign(@Parent() action: ModerationAction, @Context() context: RequestContext): Promise<Campaign | null> {
    return this.content.campaign(context, action.campaignId);
  }
}
