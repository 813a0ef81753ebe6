import { Args, Context, Info, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PagePrefetch } from '../../core/graphql/page-prefetch';
import { Page } from '../../core/pagination/connection';
import { PageArgs } from '../../core/pagination/page.args';
import type { RequestContext } from '../../core/graphql/request-context';
import { User } from '../accounts/models/user.model';
import { AuthorStatsByUserIdLoader } from './author-stats-by-user-id.loader';
import { StoryConnection } from './models/story-connection.model';
import { Story } from './models/story.model';
import { StoriesService } from './stories.service';

/** What the stories domain adds to a user: their public stories and their numbers. */
@Resolver(() => User)
export class UserStoriesResolver {
  constructor(
    private readonly stats: AuthorStatsByUserIdLoader,
    private readonly storiesService: StoriesService,
    private readonly prefetch: PagePrefetch,
  ) {}

  @ResolveField(() => StoryConnection, { description: 'APPROVED stories of this user, newest first.' })
  async stories(
    @Parent() user: User,
    @Args() page: PageArgs,
    @Context() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Story>> {
    const result = await this.storiesService.listPublicByAuthor(user.id, page);
    return this.prefetch.connection('Story', { ...result, nodes: result.nodes.map(Story.from) }, context, info);
  }

  @ResolveField(() => Int)
  async approvedStoryCount(@Parent() user: User, @Context() context: RequestContext): Promise<number> {
    return (await context.loaders.get(this.stats).load(user.id)).approvedStoryCount;
  }

  @ResolveField(() => Int)
  async likesReceived(@Parent() user: User, @Context() context: RequestContext): Promise<number> {
    return (await context.loaders.get(this.stats).load(user.id)).likesReceived;
  }
}
