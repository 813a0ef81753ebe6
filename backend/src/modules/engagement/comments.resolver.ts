import { OnModuleInit } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectField } from '../../core/graphql/direct-field';
import { Authorize, Viewer } from '../../core/auth/authorize.decorator';
import { NotFoundError } from '../../core/errors/app-errors';
import { IdPipe } from '../../core/graphql/id.pipe';
import { PagePrefetch } from '../../core/graphql/page-prefetch';
import { SharedAnswers } from '../../core/graphql/shared-answers';
import type { RequestContext } from '../../core/graphql/request-context';
import { whenLoaded } from '../../core/graphql/request-loaders';
import { User } from '../accounts/models/user.model';
import { MODERATOR_ROLES } from '../accounts/role.enum';
import { UserByIdLoader } from '../accounts/user-by-id.loader';
import { UserPrefetch } from '../accounts/user-prefetch';
import { Story } from '../stories/models/story.model';
import { VisibleStoryByIdLoader } from '../stories/visible-story-by-id.loader';
import { CommentsService } from './comments.service';
import { AddCommentArgs } from './dto/add-comment.args';
import { HideCommentArgs } from './dto/hide-comment.args';
import { Comment } from './models/comment.model';

@Resolver(() => Comment)
export class CommentsResolver implements OnModuleInit {
  constructor(
    private readonly comments: CommentsService,
    private readonly visibleStories: VisibleStoryByIdLoader,
    private readonly users: UserByIdLoader,
    private readonly userPrefetch: UserPrefetch,
    private readonly prefetch: PagePrefetch,
    private readonly shared: SharedAnswers,
  ) {}

  onModuleInit(): void {
    // A comment shown at all is shown alike (which comments a page holds is Story.comments' to say).
    this.shared.same('Comment', ['id', 'body', 'parentId', 'hidden', 'deleted', 'createdAt', 'author']);
    this.prefetch.register<Comment>('Comment', {
      fields: ['author'],
      load: (comments, context, selected) => this.userPrefetch.load(context, comments.map((comment) => comment.authorId), selected(['author'])),
    });
  }

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

  @DirectField(() => User)
  author(comment: Comment, context: RequestContext): User | Promise<User> {
    if (!comment.authorId) return User.nobody();
    return whenLoaded(context.loaders.now(this.users, comment.authorId), (author) => {
      if (!author) throw new NotFoundError('That user');
      return User.from(author);
    });
  }
}
