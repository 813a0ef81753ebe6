import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PagePrefetch } from '../../core/graphql/page-prefetch';
import type { RequestContext } from '../../core/graphql/request-context';
import { Page } from '../../core/pagination/connection';
import { StoryConnection } from '../stories/models/story-connection.model';
import { Story } from '../stories/models/story.model';
import { SearchStoriesArgs } from './dto/search-stories.args';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly search: SearchService,
    private readonly prefetch: PagePrefetch,
  ) {}

  @Query(() => StoryConnection, { description: 'APPROVED stories whose title, body or hashtags match; Chinese text matches by substring.' })
  async searchStories(@Args() args: SearchStoriesArgs, @Context() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Page<Story>> {
    const page = await this.search.searchStories(args);
    return this.prefetch.connection('Story', { ...page, nodes: page.nodes.map(Story.from) }, context, info);
  }
}
