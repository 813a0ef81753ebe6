import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { PubSubEngine } from 'graphql-subscriptions';
import { NotFoundError } from '../../core/errors/app-errors';
import { IdPipe } from '../../core/graphql/id.pipe';
import type { RequestContext } from '../../core/graphql/request-context';
import { checkedSubscription, freshLoaders } from '../../core/pubsub/subscription-context';
import { resumableIterator } from '../../core/pubsub/resumable';
import { CommentAddedEvent, Topics } from '../../core/pubsub/topics';
import { StoriesService } from '../stories/stories.service';
import { VisibleStoryByIdLoader } from '../stories/visible-story-by-id.loader';
import { CommentByIdLoader } from './comment-by-id.loader';
import { CommentsService } from './comments.service';
import { canViewComment } from './comment-visibility';
import { Comment } from './models/comment.model';

/** New comments over graphql-ws, each checked again (story and comment) against the subscriber. */
@Resolver()
export class CommentSubscriptionsResolver {
  constructor(
    private readonly pubsub: PubSubEngine,
    private readonly stories: StoriesService,
    private readonly visibleStories: VisibleStoryByIdLoader,
    private readonly comments: CommentByIdLoader,
    private readonly commentsService: CommentsService,
  ) {}

  @Subscription(() => Comment, {
    async filter(this: CommentSubscriptionsResolver, event: CommentAddedEvent, _: unknown, context: RequestContext) {
      freshLoaders(context);
      const [story, comment] = await Promise.all([
        context.loaders.get(this.visibleStories).load(event.storyId),
        context.loaders.get(this.comments).load(event.commentId),
      ]);
      return !!story && !!comment && canViewComment(context.viewer, comment);
    },
    async resolve(this: CommentSubscriptionsResolver, event: CommentAddedEvent, _: unknown, context: RequestContext) {
      const comment = await context.loaders.get(this.comments).load(event.commentId);
      if (!comment) throw new NotFoundError('That comment');
      return Comment.from(comment);
    },
  })
  commentAdded(
    @Args('storyId', { type: () => ID }, IdPipe) storyId: string,
    @Args('after', { type: () => ID, nullable: true, description: 'The last comment this client saw: the ones added since come first (a reconnect misses nothing).' }, IdPipe)
    after: string | null | undefined,
    @Context() context: RequestContext,
  ) {
    return checkedSubscription(async () => {
      await this.stories.requireVisible(context.viewer, storyId);
      const topic = Topics.commentAdded(storyId);
      if (!after) return this.pubsub.asyncIterableIterator<CommentAddedEvent>(topic);
      return resumableIterator<CommentAddedEvent>(this.pubsub, topic, {
        key: (event) => event.commentId,
        // Each passes the filter above like a live one: hidden and deleted comments stay unseen.
        missed: async () => (await this.commentsService.missedSince(storyId, after)).map((commentId) => ({ storyId, commentId })),
      });
    });
  }
}
