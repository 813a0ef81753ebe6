import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LeaderboardSnapshotEntity } from './leaderboard-snapshot.entity';

@Module({
  imports: [TypeOrmModule.forFeature([LeaderboardSnapshotEntity])],
  providers: [],
})
export class LeaderboardsModule {}
