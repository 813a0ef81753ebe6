import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommentEntity } from './comment.entity';
import { FeedSnapshotEntity } from './feed-snapshot.entity';
import { StoryLikeEntity } from './story-like.entity';
import { StoryStatShardEntity } from './story-stat-shard.entity';

@Module({
  imports: [TypeOrmModule.forFeature([StoryLikeEntity, StoryStatShardEntity, CommentEntity, FeedSnapshotEntity])],
  providers: [],
})
export class EngagementModule {}
