import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '../../core/auth/authorize.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
import { Page } from '../../core/pagination/connection';
import { PageArgs } from '../../core/pagination/page.args';
import type { UserEntity } from '../accounts/user.entity';
import { CampaignByIdLoader } from '../campaigns/campaign-by-id.loader';
import { StoryConnection } from '../stories/models/story-connection.model';
import { Story } from '../stories/models/story.model';
import { StoryByIdLoader } from '../stories/story-by-id.loader';
import type { StoryEntity } from '../stories/story.entity';
import { FeedArgs } from './dto/feed.args';
import { FeedsService } from './feeds.service';

@Resolver()
export class FeedsResolver {
  constructor(private readonly feeds: FeedsService) {}

  @Query(() => StoryConnection, { description: 'APPROVED stories of the campaign only.' })
  async feed(@Viewer() viewer: UserEntity | null, @Args() args: FeedArgs, @Context() context: RequestContext): Promise<Page<Story>> {
    const { campaign, page } = await this.feeds.feed(viewer, args);
    context.loaders.get(CampaignByIdLoader).prime(campaign.id, campaign);
    return toStoryPage(page, context);
  }

  @Query(() => StoryConnection, { description: 'Featured stories of every running or ended campaign, most recently featured first.' })
  async featuredStories(@Args() page: PageArgs, @Context() context: RequestContext): Promise<Page<Story>> {
    return toStoryPage(await this.feeds.featuredStories(page), context);
  }
}

/** The rows are at hand: later lookups of the same stories in this request (a comment's story) need no query. */
function toStoryPage(page: Page<StoryEntity>, context: RequestContext): Page<Story> {
  const loader = context.loaders.get(StoryByIdLoader);
  for (const story of page.nodes) loader.prime(story.id, story);
  return { ...page, nodes: page.nodes.map(Story.from) };
}
