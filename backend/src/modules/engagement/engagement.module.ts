import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LeaderboardsModule } from '../leaderboards/leaderboards.module';
import { CommentByIdLoader } from './comment-by-id.loader';
import { CommentEntity } from './comment.entity';
import { CommentPageByStoryLoader } from './comment-page-by-story.loader';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { EngagementEvents } from './engagement-events';
import { EngagementSubscriptionsResolver } from './engagement-subscriptions.resolver';
import { StoryEngagementResolver } from './engagement.resolver';
import { FeaturingService } from './featuring.service';
import { FeedSnapshotEntity } from './feed-snapshot.entity';
import { FeedsResolver } from './feeds.resolver';
import { FeedsService } from './feeds.service';
import { LikesService } from './likes.service';
import { StoryLikeEntity } from './story-like.entity';
import { StoryStatShardEntity } from './story-stat-shard.entity';
import { StoryStatsByStoryIdLoader } from './story-stats-by-story-id.loader';
import { StoryStatsRollup } from './story-stats-rollup.service';
import { ViewerLikeByStoryIdLoader } from './viewer-like-by-story-id.loader';

@Module({
  imports: [TypeOrmModule.forFeature([StoryLikeEntity, StoryStatShardEntity, CommentEntity, FeedSnapshotEntity]), LeaderboardsModule],
  providers: [
    EngagementEvents,
    LikesService,
    CommentsService,
    FeaturingService,
    FeedsService,
    StoryStatsRollup,
    StoryStatsByStoryIdLoader,
    ViewerLikeByStoryIdLoader,
    CommentByIdLoader,
    CommentPageByStoryLoader,
    StoryEngagementResolver,
    CommentsResolver,
    FeedsResolver,
    EngagementSubscriptionsResolver,
  ],
  exports: [CommentByIdLoader, StoryStatsByStoryIdLoader, StoryStatsRollup],
})
export class EngagementModule {}
