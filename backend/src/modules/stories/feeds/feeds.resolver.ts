import { OnModuleInit } from '@nestjs/common';
import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Viewer } from '../../../core/auth/authorize.decorator';
import { PagePrefetch } from '../../../core/graphql/page-prefetch';
import { SharedAnswers } from '../../../core/graphql/shared-answers';
import type { RequestContext } from '../../../core/graphql/request-context';
import { Page } from '../../../core/pagination/connection';
import { PageArgs } from '../../../core/pagination/page.args';
import { isBrandStaff, isModerator } from '../../accounts/role.enum';
import { CampaignByIdLoader } from '../../campaigns/campaign-by-id.loader';
import { StoryConnection } from '../models/story-connection.model';
import { Story } from '../models/story.model';
import type { StoryEntity } from '../story.entity';
import { VisibleStoryByIdLoader } from '../visible-story-by-id.loader';
import { FeedArgs } from './feed.args';
import { FeedsService } from './feeds.service';

@Resolver()
export class FeedsResolver implements OnModuleInit {
  constructor(
    private readonly feeds: FeedsService,
    private readonly campaigns: CampaignByIdLoader,
    private readonly visibleStories: VisibleStoryByIdLoader,
    private readonly prefetch: PagePrefetch,
    private readonly shared: SharedAnswers,
  ) {}

  onModuleInit(): void {
    // A feed's page is the same for every viewer who may see the campaign (FeedsService), and
    // those are everyone but staff, who also see unpublished campaigns'.
    this.shared.same('Query', ['feed'], { for: (viewer) => !isModerator(viewer) && !isBrandStaff(viewer) });
    this.shared.same('Query', ['featuredStories']);
    this.shared.same('StoryConnection', ['nodes', 'pageInfo']);
    this.shared.same('PageInfo', ['endCursor', 'hasNextPage']);
  }

  @Query(() => StoryConnection, { description: 'APPROVED stories of the campaign only.' })
  async feed(
    @Viewer() viewer: Viewer | null,
    @Args() args: FeedArgs,
    @Context() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Story>> {
    const { campaign, page } = await this.feeds.feed(viewer, args);
    context.loaders.get(this.campaigns).prime(campaign.id, campaign);
    return this.toStoryPage(page, context, info);
  }

  @Query(() => StoryConnection, { description: 'Featured stories of every running or ended campaign, most recently featured first.' })
  async featuredStories(@Args() page: PageArgs, @Context() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Page<Story>> {
    return this.toStoryPage(await this.feeds.featuredStories(page), context, info);
  }

  /**
   * The rows are at hand and every one passed the visibility rule in SQL: later lookups of the
   * same stories in this request (a comment's story) need no query. What the page's fields read
   * is loaded at once (PagePrefetch).
   */
  private async toStoryPage(page: Page<StoryEntity>, context: RequestContext, info: GraphQLResolveInfo): Promise<Page<Story>> {
    const loader = context.loaders.get(this.visibleStories);
    for (const story of page.nodes) loader.prime(story.id, story);
    return this.prefetch.connection('Story', { ...page, nodes: page.nodes.map(Story.from) }, context, info);
  }
}
