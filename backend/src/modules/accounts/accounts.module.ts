import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModerationLogModule } from '../moderation/moderation-log.module';
import { PhotosModule } from '../photos/photos.module';
import { ReferralsModule } from '../sharing/referrals.module';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { UserByIdLoader } from './user-by-id.loader';
import { UserEntity } from './user.entity';
import { SessionEntity } from './sessions/session.entity';
import { SessionsResolver } from './sessions/sessions.resolver';
import { SessionsService } from './sessions/sessions.service';
import { AccountMailer } from './account-mailer';
import { DataExportController } from './data-export/data-export.controller';
import { DataExportEntity } from './data-export/data-export.entity';
import { DataExportResolver } from './data-export/data-export.resolver';
import { DataExportService } from './data-export/data-export.service';
import { NotificationInboxModule } from '../notifications/notification-inbox.module';
import { PasswordResetEntity } from './password-reset/password-reset.entity';
import { PasswordResetResolver } from './password-reset/password-reset.resolver';
import { PasswordResetService } from './password-reset/password-reset.service';
import { UserPrefetch } from './user-prefetch';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, SessionEntity, PasswordResetEntity, DataExportEntity]),
    ModerationLogModule, NotificationInboxModule, ReferralsModule, PhotosModule,
  ],
  controllers: [DataExportController],
  providers: [
    AccountsService, AccountsResolver, UserByIdLoader, UserPrefetch, SessionsService, SessionsResolver,
    AccountMailer, PasswordResetService, PasswordResetResolver, DataExportService, DataExportResolver,
  ],
  exports: [AccountsService, UserByIdLoader, UserPrefetch, SessionsService],
})
export class AccountsModule {}
