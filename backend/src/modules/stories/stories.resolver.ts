import { OnModuleInit } from '@nestjs/common';
import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DirectField } from '../../core/graphql/direct-field';
import { Authorize, Viewer } from '../../core/auth/authorize.decorator';
import { IdPipe } from '../../core/graphql/id.pipe';
import { Page } from '../../core/pagination/connection';
import { PagePrefetch } from '../../core/graphql/page-prefetch';
import { SharedAnswers } from '../../core/graphql/shared-answers';
import type { RequestContext } from '../../core/graphql/request-context';
import { whenLoaded } from '../../core/graphql/request-loaders';
import { PageArgs } from '../../core/pagination/page.args';
import { isBrandStaff, isModerator } from '../accounts/role.enum';
import { User } from '../accounts/models/user.model';
import { UserByIdLoader } from '../accounts/user-by-id.loader';
import { UserPrefetch } from '../accounts/user-prefetch';
import { CampaignByIdLoader } from '../campaigns/campaign-by-id.loader';
import { Campaign } from '../campaigns/models/campaign.model';
import { Photo } from '../photos/models/photo.model';
import { PhotoStatus } from '../photos/photo-status.enum';
import { PhotosByStoryIdLoader } from '../photos/photos-by-story-id.loader';
import { SubmitStoryInput, UpdateStoryInput } from './dto/submit-story.input';
import { StoryConnection } from './models/story-connection.model';
import { Story } from './models/story.model';
import { UsageRightsEvent } from './models/usage-rights-event.model';
import { StoriesService } from './stories.service';
import { UsageRightsEventsByStoryIdLoader } from './usage-rights-events-by-story-id.loader';
import { VisibleStoryByIdLoader } from './visible-story-by-id.loader';
import { UsageScope } from './usage-scope';

@Resolver(() => Story)
export class StoriesResolver implements OnModuleInit {
  constructor(
    private readonly stories: StoriesService,
    private readonly campaigns: CampaignByIdLoader,
    private readonly users: UserByIdLoader,
    private readonly photoLists: PhotosByStoryIdLoader,
    private readonly usageRightsEvents: UsageRightsEventsByStoryIdLoader,
    private readonly visibleStories: VisibleStoryByIdLoader,
    private readonly userPrefetch: UserPrefetch,
    private readonly prefetch: PagePrefetch,
    private readonly shared: SharedAnswers,
  ) {}

  @Query(() => Story, { nullable: true, description: 'null when the story does not exist or the viewer may not see it.' })
  async story(
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Context() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Story | null> {
    const entity = await context.loaders.get(this.visibleStories).load(id);
    if (!entity) return null;
    const story = Story.from(entity);
    await this.prefetch.run('Story', [story], context, info, []);
    return story;
  }

  @Query(() => StoryConnection, { description: 'The signed-in author\'s stories in every status, newest first; REMOVED ones with the reason.' })
  @Authorize()
  async myStories(
    @Viewer() viewer: Viewer,
    @Args() page: PageArgs,
    @Context() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Story>> {
    const result = await this.stories.listByAuthor(viewer, page);
    return this.prefetch.connection('Story', { ...result, nodes: result.nodes.map(Story.from) }, context, info);
  }

  @Mutation(() => Story)
  @Authorize({ writes: true })
  async submitStory(@Viewer() viewer: Viewer, @Args('input') input: SubmitStoryInput, @Context() context: RequestContext): Promise<Story> {
    const { story, campaign } = await this.stories.submit(viewer, input);
    // The answer shows what the submission just read or wrote: no need to read it back.
    context.loaders.get(this.campaigns).prime(campaign.id, campaign);
    if (!input.photoIds.length) context.loaders.get(this.photoLists).prime(story.id, []);
    return Story.from(story);
  }

  @Mutation(() => Story, { description: 'The author: PENDING or REJECTED stories; an edited story goes back to review where the campaign requires moderation.' })
  @Authorize({ writes: true })
  async updateStory(
    @Viewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateStoryInput,
  ): Promise<Story> {
    return Story.from(await this.stories.update(viewer, id, input));
  }

  @Mutation(() => Boolean, { description: 'The author, or MODERATOR and ADMIN.' })
  @Authorize({ writes: true })
  async deleteStory(@Viewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<boolean> {
    await this.stories.delete(viewer, id);
    return true;
  }

  @Mutation(() => Story, { description: 'The author grants or withdraws usage rights; every change is kept with its time.' })
  @Authorize()
  async setUsageRights(
    @Viewer() viewer: Viewer,
    @Args('storyId', { type: () => ID }, IdPipe) storyId: string,
    @Args('granted') granted: boolean,
  ): Promise<Story> {
    return Story.from(await this.stories.setUsageRights(viewer, storyId, granted));
  }

  @Mutation(() => Story, { description: 'The author: grant or withdraw scopes (COMMUNITY stays).' })
  @Authorize()
  async setUsageScopes(
    @Viewer() viewer: Viewer,
    @Args('storyId', { type: () => ID }, IdPipe) storyId: string,
    @Args('scopes', { type: () => [UsageScope] }) scopes: UsageScope[],
  ): Promise<Story> {
    return Story.from(await this.stories.setUsageScopes(viewer, storyId, scopes));
  }

  @ResolveField(() => [UsageScope], {
    description: 'The author and staff see every scope; others see only whether PRODUCT_PAGES is granted through galleries.',
  })
  usageScopes(@Parent() story: Story, @Viewer() viewer: Viewer | null): UsageScope[] {
    if (seesConsent(viewer, story)) return story.grantedScopes;
    return story.grantedScopes.filter((scope) => scope === UsageScope.COMMUNITY || scope === UsageScope.PRODUCT_PAGES);
  }

  onModuleInit(): void {
    // What a member is shown of a story not their own, as anyone signed out is (SharedAnswers).
    this.shared.same('Query', ['story'], { nullIsPersonal: true });
    this.shared.same('Story', [
      'id', 'title', 'body', 'hashtags', 'status', 'rejectionReason', 'usageRightsGranted', 'usageRightsGrantedAt',
      'featured', 'featuredAt', 'featureNote', 'hotScore', 'createdAt', 'publishedAt', 'editedAt', 'author', 'campaign',
    ]);
    this.shared.same('Story', ['photos'], { for: (viewer) => !isModerator(viewer) });
    this.shared.same('Story', ['usageRightsHistory', 'usageScopes'], { for: (viewer) => !seesEveryConsent(viewer) });
    this.shared.same('UsageRightsEvent', ['at', 'granted', 'scopes']);
    this.shared.ownedBy('Story', (ids) => this.stories.authorsOf(ids));
    this.prefetch.register<Story>('Story', {
      fields: ['campaign'],
      load: (stories, context) => context.loaders.prefetch(this.campaigns, stories.map((story) => story.campaignId)),
    });
    this.prefetch.register<Story>('Story', {
      fields: ['author'],
      load: (stories, context, selected) => this.userPrefetch.load(context, stories.map((story) => story.authorId), selected(['author'])),
    });
    this.prefetch.register<Story>('Story', {
      fields: ['photos'],
      load: (stories, context) => context.loaders.prefetch(this.photoLists, stories.map((story) => story.id)),
    });
  }

  @DirectField(() => Campaign)
  campaign(story: Story, context: RequestContext): Campaign | Promise<Campaign> {
    return whenLoaded(context.loaders.now(this.campaigns, story.campaignId), (campaign) => Campaign.from(campaign!));
  }

  @DirectField(() => User)
  author(story: Story, context: RequestContext): User | Promise<User> {
    return whenLoaded(context.loaders.now(this.users, story.authorId), (author) => User.from(author!));
  }

  /** In the author's order. Others than the author and moderators see finished photos only. */
  @DirectField(() => [Photo])
  photos(story: Story, context: RequestContext): Photo[] | Promise<Photo[]> {
    const { viewer } = context;
    const seesAll = !!viewer && (viewer.id === story.authorId || isModerator(viewer));
    return whenLoaded(context.loaders.now(this.photoLists, story.id), (photos) =>
      photos.filter((photo) => seesAll || photo.status === PhotoStatus.READY).map((photo) => Photo.from(photo)),
    );
  }

  @ResolveField(() => [UsageRightsEvent], {
    nullable: true,
    description: 'Every grant and withdrawal of usage rights, oldest first: for the author, moderators, BRAND_STAFF and ADMIN; null for others.',
  })
  async usageRightsHistory(
    @Parent() story: Story,
    @Viewer() viewer: Viewer | null,
    @Context() context: RequestContext,
  ): Promise<UsageRightsEvent[] | null> {
    if (!seesConsent(viewer, story)) return null;
    const events = await context.loaders.get(this.usageRightsEvents).load(story.id);
    return events.map(UsageRightsEvent.from);
  }
}

/** Moderators and brand staff see every story's whole consent record. */
const seesEveryConsent = (viewer: Viewer): boolean => isModerator(viewer) || isBrandStaff(viewer);

/** The author, moderators and brand staff see the whole consent record; others what galleries show. */
const seesConsent = (viewer: Viewer | null, story: Story): boolean => !!viewer && (viewer.id === story.authorId || seesEveryConsent(viewer));
