import { OnModuleInit } from '@nestjs/common';
import { Args, Context, ID, Info, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DirectField } from '../../core/graphql/direct-field';
import { Authorize, Viewer } from '../../core/auth/authorize.decorator';
import { IdPipe } from '../../core/graphql/id.pipe';
import { PagePrefetch } from '../../core/graphql/page-prefetch';
import { SharedAnswers } from '../../core/graphql/shared-answers';
import type { RequestContext } from '../../core/graphql/request-context';
import { whenLoaded } from '../../core/graphql/request-loaders';
import { Page } from '../../core/pagination/connection';
import { PageArgs } from '../../core/pagination/page.args';
import { Story } from '../stories/models/story.model';
import { CommentPageByStoryLoader } from './comment-page-by-story.loader';
import { LikesService } from './likes.service';
import { CommentConnection } from './models/comment-connection.model';
import { isModerator } from '../accounts/role.enum';
import { Comment } from './models/comment.model';
import { StoryStatsByStoryIdLoader } from './story-stats-by-story-id.loader';
import { ViewerLikeByStoryIdLoader } from './viewer-like-by-story-id.loader';

/** What engagement adds to a story: counts, the viewer's like, comments; liking. */
@Resolver(() => Story)
export class StoryEngagementResolver implements OnModuleInit {
  constructor(
    private readonly likes: LikesService,
    private readonly stats: StoryStatsByStoryIdLoader,
    private readonly viewerLikes: ViewerLikeByStoryIdLoader,
    private readonly commentPages: CommentPageByStoryLoader,
    private readonly prefetch: PagePrefetch,
    private readonly shared: SharedAnswers,
  ) {}

  onModuleInit(): void {
    // Counts are everyone's; whether the viewer liked is theirs, filled into a shared page.
    this.shared.same('Story', ['likeCount', 'commentCount']);
    // Moderators also see hidden comments; everyone else the same page.
    this.shared.same('Story', ['comments'], { for: (viewer) => !isModerator(viewer) });
    this.shared.same('CommentConnection', ['nodes', 'pageInfo']);
    this.shared.personal('Story', { field: 'viewerHasLiked', fill: (viewer, ids) => this.viewerLikes.create(viewer).loadMany(ids) });
    const ids = (stories: Story[]) => stories.map((story) => story.id);
    this.prefetch.register<Story>('Story', {
      fields: ['likeCount', 'commentCount'],
      load: (stories, context) => context.loaders.prefetch(this.stats, ids(stories)),
    });
    this.prefetch.register<Story>('Story', {
      fields: ['viewerHasLiked'],
      load: (stories, context) => context.loaders.prefetch(this.viewerLikes, ids(stories)),
    });
  }

  @DirectField(() => Int, { description: 'Exact: summed from the counter shards.' })
  likeCount(story: Story, context: RequestContext): number | Promise<number> {
    return whenLoaded(context.loaders.now(this.stats, story.id), (stats) => stats.likes);
  }

  @DirectField(() => Int, { description: 'Comments not deleted and not hidden.' })
  commentCount(story: Story, context: RequestContext): number | Promise<number> {
    return whenLoaded(context.loaders.now(this.stats, story.id), (stats) => stats.comments);
  }

  @DirectField(() => Boolean, { description: 'false when signed out.' })
  viewerHasLiked(story: Story, context: RequestContext): boolean | Promise<boolean> {
    return context.loaders.now(this.viewerLikes, story.id);
  }

  @ResolveField(() => CommentConnection, {
    description: 'Reading order: each top-level comment followed by its replies, oldest thread first. Moderators also see hidden ones.',
  })
  async comments(
    @Parent() story: Story,
    @Args() page: PageArgs,
    @Context() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Comment>> {
    const result = await context.loaders.get(this.commentPages).load({ storyId: story.id, first: page.first, after: page.after });
    const nodes = result.nodes.map(Comment.from);
    await this.prefetch.run('Comment', nodes, context, info, ['nodes']);
    return { ...result, nodes };
  }

  @Mutation(() => Story, { description: 'Idempotent. An author cannot like their own story.' })
  @Authorize({ writes: true })
  async likeStory(@Viewer() viewer: Viewer, @Args('storyId', { type: () => ID }, IdPipe) storyId: string, @Context() context: RequestContext): Promise<Story> {
    const { story, stats } = await this.likes.like(viewer, storyId, context.ip);
    // The answer's viewerHasLiked and counts are known: no query for them.
    context.loaders.get(this.viewerLikes).prime(story.id, true);
    context.loaders.get(this.stats).prime(story.id, stats);
    return Story.from(story);
  }

  @Mutation(() => Story, { description: 'Idempotent.' })
  @Authorize({ writes: true })
  async unlikeStory(@Viewer() viewer: Viewer, @Args('storyId', { type: () => ID }, IdPipe) storyId: string, @Context() context: RequestContext): Promise<Story> {
    const { story, stats } = await this.likes.unlike(viewer, storyId);
    context.loaders.get(this.viewerLikes).prime(story.id, false);
    context.loaders.get(this.stats).prime(story.id, stats);
    return Story.from(story);
  }
}
