import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { PubSubEngine } from 'graphql-subscriptions';
import { Authorize, assertAuthorized, Viewer } from '../../core/auth/authorize.decorator';
import { NotFoundError } from '../../core/errors/app-errors';
import type { RequestContext } from '../../core/graphql/request-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { resumableIterator } from '../../core/pubsub/resumable';
import { checkedSubscription, freshLoaders } from '../../core/pubsub/subscription-context';
import { NotificationAddedEvent, Topics } from '../../core/pubsub/topics';
import { UserByIdLoader } from '../accounts/user-by-id.loader';
import { CommentByIdLoader } from '../engagement/comment-by-id.loader';
import { canViewComment } from '../engagement/comment-visibility';
import { Comment } from '../engagement/models/comment.model';
import { Story } from '../stories/models/story.model';
import { VisibleStoryByIdLoader } from '../stories/visible-story-by-id.loader';
import { MarkNotificationsReadArgs, NotificationSettingsInput, NotificationsArgs } from './dto/notification.args';
import { Notification, NotificationConnection, NotificationSettingsModel } from './models/notification.model';
import { EMAIL_KINDS } from './notification-kind.enum';
import { asLanguage, Language } from './notification-texts';
import { NotificationsService, NotificationSettings } from './notifications.service';

const settingsModel = (settings: NotificationSettings): NotificationSettingsModel =>
  Object.assign(new NotificationSettingsModel(), { ...settings, mailableKinds: [...EMAIL_KINDS] });

/** The signed-in user's inbox; nobody reads another's. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly inbox: NotificationsService,
    private readonly pubsub: PubSubEngine,
    private readonly users: UserByIdLoader,
    private readonly visibleStories: VisibleStoryByIdLoader,
    private readonly comments: CommentByIdLoader,
  ) {}

  @Query(() => NotificationConnection)
  @Authorize()
  async notifications(@Viewer() viewer: Viewer, @Args() args: NotificationsArgs, @Context() context: RequestContext): Promise<NotificationConnection> {
    const [page, language] = await Promise.all([
      this.inbox.page(viewer.id, { unreadOnly: !!args.unreadOnly, first: args.first, after: args.after }),
      this.languageOf(viewer.id, context),
    ]);
    return Object.assign(new NotificationConnection(), {
      nodes: page.nodes.map((n) => Notification.from(n, language)), pageInfo: page.pageInfo, recipientId: viewer.id,
    });
  }

  @Mutation(() => Int, { description: 'No ids: all. Returns how many changed.' })
  @Authorize()
  markNotificationsRead(@Viewer() viewer: Viewer, @Args() args: MarkNotificationsReadArgs): Promise<number> {
    return this.inbox.markRead(viewer.id, args.ids);
  }

  @Query(() => NotificationSettingsModel, { description: 'The language notifications are written in, and which kinds come by e-mail.' })
  @Authorize()
  async notificationSettings(@Viewer() viewer: Viewer): Promise<NotificationSettingsModel> {
    return settingsModel(await this.inbox.settings(viewer.id));
  }

  @Mutation(() => NotificationSettingsModel)
  @Authorize()
  async updateNotificationSettings(@Viewer() viewer: Viewer, @Args('input') input: NotificationSettingsInput): Promise<NotificationSettingsModel> {
    return settingsModel(await this.inbox.updateSettings(viewer.id, input));
  }

  @Subscription(() => Notification, {
    description: "The signed-in user's new notifications.",
    async resolve(this: NotificationsResolver, event: NotificationAddedEvent, _: unknown, context: RequestContext) {
      freshLoaders(context);
      const viewer = assertAuthorized(context.viewer, {});
      const entity = await this.inbox.one(viewer.id, event.notificationId);
      if (!entity) throw new NotFoundError('That notification');
      return Notification.from(entity, await this.languageOf(viewer.id, context));
    },
  })
  notificationAdded(
    @Args('after', { type: () => ID, nullable: true, description: 'The last notification this client saw: the ones since come first (a reconnect misses nothing).' }, IdPipe)
    after: string | null | undefined,
    @Context() context: RequestContext,
  ) {
    return checkedSubscription(async () => {
      const viewer = assertAuthorized(context.viewer, {});
      const topic = Topics.notificationAdded(viewer.id);
      if (!after) return this.pubsub.asyncIterableIterator<NotificationAddedEvent>(topic);
      return resumableIterator<NotificationAddedEvent>(this.pubsub, topic, {
        key: (event) => event.notificationId,
        missed: async () => (await this.inbox.missedSince(viewer.id, after)).map((notificationId) => ({ notificationId })),
      });
    });
  }

  @ResolveField(() => Story, { nullable: true, description: 'Null once the story is no longer visible to you.' })
  async story(@Parent() notification: Notification, @Context() context: RequestContext): Promise<Story | null> {
    if (!notification.storyId) return null;
    const story = await context.loaders.get(this.visibleStories).load(notification.storyId);
    return story ? Story.from(story) : null;
  }

  @ResolveField(() => Comment, { nullable: true })
  async comment(@Parent() notification: Notification, @Context() context: RequestContext): Promise<Comment | null> {
    if (!notification.commentId) return null;
    const comment = await context.loaders.get(this.comments).load(notification.commentId);
    return comment && canViewComment(context.viewer, comment) ? Comment.from(comment) : null;
  }

  private async languageOf(userId: string, context: RequestContext): Promise<Language> {
    return asLanguage((await context.loaders.get(this.users).load(userId))?.language);
  }
}

@Resolver(() => NotificationConnection)
export class NotificationConnectionResolver {
  constructor(private readonly inbox: NotificationsService) {}

  @ResolveField(() => Int)
  unreadCount(@Parent() connection: NotificationConnection): Promise<number> {
    return this.inbox.unreadCount(connection.recipientId);
  }
}
