import { ModuleRef } from '@nestjs/core';
import { Args, Context, ID, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Viewer } from '../../core/auth/authorize.decorator';
import { NotFoundError } from '../../core/errors/app-errors';
import { IdPipe } from '../../core/graphql/id.pipe';
import type { RequestContext } from '../../core/graphql/request-context';
import { Topics } from '../../core/pubsub/topics';
import { PubSubEngine } from 'graphql-subscriptions';
import { User } from '../accounts/models/user.model';
import { UserByIdLoader } from '../accounts/user-by-id.loader';
import type { UserEntity } from '../accounts/user.entity';
import { checkedSubscription, freshLoaders } from '../engagement/subscription-context';
import { Story } from '../stories/models/story.model';
import { StoryByIdLoader } from '../stories/story-by-id.loader';
import { LeaderboardArgs } from './dto/leaderboard.args';
import { LeaderboardChangedPayload } from './leaderboard-changes';
import { LeaderboardsService } from './leaderboards.service';
import { LeaderboardContributorEntry, LeaderboardStoryEntry } from './models/leaderboard-entry.model';

@Resolver()
export class LeaderboardsResolver {
  constructor(
    private readonly leaderboards: LeaderboardsService,
    private readonly pubsub: PubSubEngine,
    private readonly moduleRef: ModuleRef,
  ) {}

  @Query(() => [LeaderboardStoryEntry], {
    description: 'Likes given in the period (DAY: last 24 h, WEEK: last 7 days, rolling) to APPROVED stories; ties to the story published first. Final once the campaign has ended.',
  })
  async storyLeaderboard(@Viewer() viewer: UserEntity | null, @Args() args: LeaderboardArgs): Promise<LeaderboardStoryEntry[]> {
    const entries = await this.leaderboards.storyBoard(viewer, args.campaignId, args.period, args.first);
    return entries.map(LeaderboardStoryEntry.from);
  }

  @Query(() => [LeaderboardContributorEntry], {
    description: 'Authors by likes their APPROVED stories received in the period, with their story count. Final once the campaign has ended.',
  })
  async contributorLeaderboard(@Viewer() viewer: UserEntity | null, @Args() args: LeaderboardArgs): Promise<LeaderboardContributorEntry[]> {
    const entries = await this.leaderboards.contributorBoard(viewer, args.campaignId, args.period, args.first);
    return entries.map(LeaderboardContributorEntry.from);
  }

  @Subscription(() => [LeaderboardStoryEntry], {
    description: 'The all-time top stories, at most once a second, when likes move them.',
    resolve(this: LeaderboardsResolver, payload: LeaderboardChangedPayload, _: unknown, context: RequestContext) {
      freshLoaders(context, this.moduleRef);
      return payload.entries.map(LeaderboardStoryEntry.from);
    },
  })
  leaderboardChanged(@Args('campaignId', { type: () => ID }, IdPipe) campaignId: string, @Context() context: RequestContext) {
    return checkedSubscription(async () => {
      await this.leaderboards.visibleCampaign(context.viewer, campaignId);
      return this.pubsub.asyncIterableIterator<LeaderboardChangedPayload>(Topics.leaderboardChanged(campaignId));
    });
  }
}

/**
 * A board's story as it was ranked. The rows behind a board were APPROVED when it was computed;
 * a frozen board keeps showing its stories even if later removed or deleted, as the final
 * result they are.
 */
@Resolver(() => LeaderboardStoryEntry)
export class LeaderboardStoryEntryResolver {
  @ResolveField(() => Story)
  async story(@Parent() entry: LeaderboardStoryEntry, @Context() context: RequestContext): Promise<Story> {
    const story = await context.loaders.get(StoryByIdLoader).load(entry.storyId);
    if (!story) throw new NotFoundError('That story');
    return Story.from(story);
  }
}

@Resolver(() => LeaderboardContributorEntry)
export class LeaderboardContributorEntryResolver {
  @ResolveField(() => User)
  async user(@Parent() entry: LeaderboardContributorEntry, @Context() context: RequestContext): Promise<User> {
    const user = await context.loaders.get(UserByIdLoader).load(entry.userId);
    if (!user) throw new NotFoundError('That user');
    return User.from(user);
  }
}
