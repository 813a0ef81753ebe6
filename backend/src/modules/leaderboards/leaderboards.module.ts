import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { StoriesModule } from '../stories/stories.module';
import { LeaderboardChanges } from './leaderboard-changes';
import { LeaderboardSnapshotEntity } from './leaderboard-snapshot.entity';
import { LeaderboardContributorEntryResolver, LeaderboardsResolver, LeaderboardStoryEntryResolver } from './leaderboards.resolver';
import { LeaderboardsService } from './leaderboards.service';

@Module({
  imports: [TypeOrmModule.forFeature([LeaderboardSnapshotEntity]), AccountsModule, StoriesModule],
  providers: [LeaderboardsService, LeaderboardChanges, LeaderboardsResolver, LeaderboardStoryEntryResolver, LeaderboardContributorEntryResolver],
  exports: [LeaderboardsService, LeaderboardChanges],
})
export class LeaderboardsModule {}
