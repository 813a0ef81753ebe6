import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/graphql/request-context';
import { User } from '../accounts/models/user.model';
import { AuthorStatsByUserIdLoader } from './author-stats-by-user-id.loader';

/** What the stories domain adds to a user: their public stories' numbers. */
@Resolver(() => User)
export class UserStoriesResolver {
  constructor(private readonly stats: AuthorStatsByUserIdLoader) {}

  @ResolveField(() => Int)
  async approvedStoryCount(@Parent() user: User, @Context() context: RequestContext): Promise<number> {
    return (await context.loaders.get(this.stats).load(user.id)).approvedStoryCount;
  }

  @ResolveField(() => Int)
  async likesReceived(@Parent() user: User, @Context() context: RequestContext): Promise<number> {
    return (await context.loaders.get(this.stats).load(user.id)).likesReceived;
  }
}
