import { Args, Context, ID, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Viewer } from '../../core/auth/authorize.decorator';
import { NotFoundError } from '../../core/errors/app-errors';
import { IdPipe } from '../../core/graphql/id.pipe';
import type { RequestContext } from '../../core/graphql/request-context';
import { Topics } from '../../core/pubsub/topics';
import { PubSubEngine } from 'graphql-subscriptions';
import { User } from '../accounts/models/user.model';
import { UserByIdLoader } from '../accounts/user-by-id.loader';
import { checkedSubscription, freshLoaders } from '../../core/pubsub/subscription-context';
import { Story } from '../stories/models/story.model';
import { VisibleStoryByIdLoader } from '../stories/visible-story-by-id.loader';
import { LeaderboardArgs } from './dto/leaderboard.args';
import { LeaderboardChangedPayload } from './leaderboard-changes';
import { LeaderboardsService, LIVE_BOARD_SIZE } from './leaderboards.service';
import { LeaderboardContributorEntry, LeaderboardStoryEntry, StoryBoardEntry } from './models/leaderboard-entry.model';

@Resolver()
export class LeaderboardsResolver {
  constructor(
    private readonly leaderboards: LeaderboardsService,
    private readonly pubsub: PubSubEngine,
    private readonly visibleStories: VisibleStoryByIdLoader,
  ) {}

  @Query(() => [LeaderboardStoryEntry], {
    description:
      'Likes given in the period (DAY: last 24 h, WEEK: last 7 days, rolling) to APPROVED stories; ties to the story published first. Final once the campaign has ended: a story removed or deleted since leaves the list and the others keep their final ranks.',
  })
  async storyLeaderboard(
    @Viewer() viewer: Viewer | null,
    @Args() args: LeaderboardArgs,
    @Context() context: RequestContext,
  ): Promise<LeaderboardStoryEntry[]> {
    const entries = await this.leaderboards.storyBoard(viewer, args.campaignId, args.period);
    return this.visibleEntries(entries, context, args.first);
  }

  @Query(() => [LeaderboardContributorEntry], {
    description: 'Authors by likes their APPROVED stories received in the period, with their story count. Final once the campaign has ended.',
  })
  async contributorLeaderboard(@Viewer() viewer: Viewer | null, @Args() args: LeaderboardArgs): Promise<LeaderboardContributorEntry[]> {
    const entries = await this.leaderboards.contributorBoard(viewer, args.campaignId, args.period, args.first);
    return entries.map(LeaderboardContributorEntry.from);
  }

  @Subscription(() => [LeaderboardStoryEntry], {
    description: 'The all-time top stories, at most once a second, when likes move them.',
    resolve(this: LeaderboardsResolver, payload: LeaderboardChangedPayload, _: unknown, context: RequestContext) {
      return this.visibleEntries(payload.entries, freshLoaders(context), LIVE_BOARD_SIZE);
    },
  })
  leaderboardChanged(@Args('campaignId', { type: () => ID }, IdPipe) campaignId: string, @Context() context: RequestContext) {
    return checkedSubscription(async () => {
      await this.leaderboards.visibleCampaign(context.viewer, campaignId);
      return this.pubsub.asyncIterableIterator<LeaderboardChangedPayload>(Topics.leaderboardChanged(campaignId));
    });
  }

  /**
   * The entries whose story this viewer may see (the one story rule), ranks as computed: a board
   * never shows a story that was removed or deleted, frozen or not.
   */
  private async visibleEntries(entries: StoryBoardEntry[], context: RequestContext, first: number): Promise<LeaderboardStoryEntry[]> {
    // Stories are read a batch of `first` at a time, so the usual board (nothing hidden in its
    // top) reads the stories it shows and not the whole hundred the board holds.
    const loader = context.loaders.get(this.visibleStories);
    const visible: StoryBoardEntry[] = [];
    for (let start = 0; start < entries.length && visible.length < first; start += first) {
      const batch = entries.slice(start, start + first);
      const stories = await loader.loadMany(batch.map((entry) => entry.storyId));
      batch.forEach((entry, index) => {
        const story = stories[index];
        if (story && !(story instanceof Error)) visible.push(entry);
      });
    }
    return visible.slice(0, first).map(LeaderboardStoryEntry.from);
  }
}

/** A board's story: only entries whose story the viewer may see are listed (visibleEntries). */
@Resolver(() => LeaderboardStoryEntry)
export class LeaderboardStoryEntryResolver {
  constructor(private readonly visibleStories: VisibleStoryByIdLoader) {}

  @ResolveField(() => Story)
  async story(@Parent() entry: LeaderboardStoryEntry, @Context() context: RequestContext): Promise<Story> {
    const story = await context.loaders.get(this.visibleStories).load(entry.storyId);
    if (!story) throw new NotFoundError('That story');
    return Story.from(story);
  }
}

@Resolver(() => LeaderboardContributorEntry)
export class LeaderboardContributorEntryResolver {
  constructor(private readonly users: UserByIdLoader) {}

  @ResolveField(() => User)
  async user(@Parent() entry: LeaderboardContributorEntry, @Context() context: RequestContext): Promise<User> {
    const user = await context.loaders.get(this.users).load(entry.userId);
    if (!user) throw new NotFoundError('That user');
    return User.from(user);
  }
}
