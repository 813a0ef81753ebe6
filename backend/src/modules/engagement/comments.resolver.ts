import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize, Viewer } from '../../core/auth/authorize.decorator';
import { NotFoundError } from '../../core/errors/app-errors';
import { IdPipe } from '../../core/graphql/id.pipe';
import type { RequestContext } from '../../core/graphql/request-context';
import { User } from '../accounts/models/user.model';
import { MODERATOR_ROLES } from '../accounts/role.enum';
import { UserByIdLoader } from '../accounts/user-by-id.loader';
import { Story } from '../stories/models/story.model';
import { VisibleStoryByIdLoader } from '../stories/visible-story-by-id.loader';
import { CommentsService } from './comments.service';
import { AddCommentArgs } from './dto/add-comment.args';
import { HideCommentArgs } from './dto/hide-comment.args';
import { Comment } from './models/comment.model';

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly visibleStories: VisibleStoryByIdLoader,
    private readonly users: UserByIdLoader,
  ) {}

  @Mutation(() => Comment, { description: 'On APPROVED stories; parentId: a top-level comment of the same story (one level of replies).' })
  @Authorize({ writes: true })
  async addComment(@Viewer() viewer: Viewer, @Args() args: AddCommentArgs): Promise<Comment> {
    return Comment.from(await this.comments.add(viewer, args));
  }

  @Mutation(() => Boolean, { description: 'The author, or MODERATOR and ADMIN.' })
  @Authorize({ writes: true })
  async deleteComment(@Viewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<boolean> {
    await this.comments.delete(viewer, id);
    return true;
  }

  @Mutation(() => Comment, { description: 'MODERATOR and ADMIN.' })
  @Authorize({ roles: MODERATOR_ROLES })
  async hideComment(@Viewer() viewer: Viewer, @Args() args: HideCommentArgs): Promise<Comment> {
    return Comment.from(await this.comments.hide(viewer, args.commentId, args.reason));
  }

  /**
   * The contract makes this non-null. A comment is only reachable through a story the viewer can
   * see, but should the story have gone meanwhile, the comment resolves to null where it is
   * nullable (a report, a log entry) instead of showing the story.
   */
  @ResolveField(() => Story)
  async story(@Parent() comment: Comment, @Context() context: RequestContext): Promise<Story> {
    const story = await context.loaders.get(this.visibleStories).load(comment.storyId);
    if (!story) throw new NotFoundError('That story');
    return Story.from(story);
  }

  @ResolveField(() => User)
  async author(@Parent() comment: Comment, @Context() context: RequestContext): Promise<User> {
    if (!comment.authorId) return User.nobody();
    const author = await context.loaders.get(this.users).load(comment.authorId);
    if (!author) throw new NotFoundError('That user');
    return User.from(author);
  }
}
