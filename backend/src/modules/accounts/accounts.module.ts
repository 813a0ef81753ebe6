import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModerationLogModule } from '../moderation/moderation-log.module';
import { PhotosModule } from '../photos/photos.module';
import { ReferralsModule } from '../sharing/referrals.module';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { UserByIdLoader } from './user-by-id.loader';
import { UserEntity } from './user.entity';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), ModerationLogModule, ReferralsModule, PhotosModule],
  providers: [AccountsService, AccountsResolver, UserByIdLoader],
  exports: [AccountsService, UserByIdLoader],
})
export class AccountsModule {}
