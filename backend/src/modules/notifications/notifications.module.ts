import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { EngagementModule } from '../engagement/engagement.module';
import { ModerationLogModule } from '../moderation/moderation-log.module';
import { StoriesModule } from '../stories/stories.module';
import { LikeMilestones } from './like-milestones';
import { LoggedActionNotices } from './logged-action-notices';
import { NotificationInboxModule } from './notification-inbox.module';
import { NotificationMailer } from './notification-mailer';
import { NotificationConnectionResolver, NotificationsResolver } from './notifications.resolver';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeLinks } from './unsubscribe-links';

/** The inbox's API, the mails and the events that tell people things on their own (the log, like milestones). */
@Module({
  imports: [NotificationInboxModule, ModerationLogModule, AccountsModule, StoriesModule, EngagementModule],
  providers: [LoggedActionNotices, LikeMilestones, NotificationMailer, UnsubscribeLinks, NotificationsResolver, NotificationConnectionResolver],
  controllers: [UnsubscribeController],
})
export class NotificationsModule {}
