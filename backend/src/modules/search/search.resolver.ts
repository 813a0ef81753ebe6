import { Args, Query, Resolver } from '@nestjs/graphql';
import { Page } from '../../core/pagination/connection';
import { StoryConnection } from '../stories/models/story-connection.model';
import { Story } from '../stories/models/story.model';
import { SearchStoriesArgs } from './dto/search-stories.args';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Query(() => StoryConnection, { description: 'APPROVED stories whose title, body or hashtags match; Chinese text matches by substring.' })
  async searchStories(@Args() args: SearchStoriesArgs): Promise<Page<Story>> {
    const page = await this.search.searchStories(args);
    return { ...page, nodes: page.nodes.map(Story.from) };
  }
}
