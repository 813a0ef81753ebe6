import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { EngagementModule } from '../engagement/engagement.module';
import { FinaleModule } from '../finale/finale.module';
import { NotificationInboxModule } from '../notifications/notification-inbox.module';
import { PhotosModule } from '../photos/photos.module';
import { PointsModule } from '../points/points.module';
import { StoriesModule } from '../stories/stories.module';
import { AccountDeletionResolver } from './account-deletion.resolver';
import { AccountDeletionService } from './account-deletion.service';

/** Erasing an account reaches into every domain that holds something of it, so it has a folder of its own above them. */
@Module({
  imports: [AccountsModule, StoriesModule, PhotosModule, EngagementModule, FinaleModule, NotificationInboxModule, PointsModule],
  providers: [AccountDeletionService, AccountDeletionResolver],
})
export class AccountDeletionModule {}
