import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { UserByIdLoader } from './user-by-id.loader';
import { UserEntity } from './user.entity';
import { UserStatsByUserIdLoader } from './user-stats-by-user-id.loader';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  providers: [AccountsService, AccountsResolver, UserByIdLoader, UserStatsByUserIdLoader],
  exports: [AccountsService, UserByIdLoader],
})
export class AccountsModule {}
