import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { LeaderboardsModule } from '../leaderboards/leaderboards.module';
import { ModerationLogModule } from '../moderation/moderation-log.module';
import { NotificationInboxModule } from '../notifications/notification-inbox.module';
import { WordFilterModule } from '../moderation/word-filter.module';
import { StoriesModule } from '../stories/stories.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { CampaignSubscriptionsResolver } from './campaign-subscriptions.resolver';
import { CampaignUpdates } from './campaign-updates';
import { CommentByIdLoader } from './comment-by-id.loader';
import { CommentEntity } from './comment.entity';
import { CommentPageByStoryLoader } from './comment-page-by-story.loader';
import { CommentSubscriptionsResolver } from './comment-subscriptions.resolver';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { EngagementEvents } from './engagement-events';
import { LikesService } from './likes.service';
import { StoryEngagementResolver } from './story-engagement.resolver';
import { StoryLikeEntity } from './story-like.entity';
import { StoryStatShardEntity } from './story-stat-shard.entity';
import { StoryStatsByStoryIdLoader } from './story-stats-by-story-id.loader';
import { ViewerLikeByStoryIdLoader } from './viewer-like-by-story-id.loader';

/** What people do with stories: likes (on sharded counters) and comments. */
@Module({
  imports: [
    TypeOrmModule.forFeature([StoryLikeEntity, StoryStatShardEntity, CommentEntity]),
    AccountsModule,
    CampaignsModule,
    StoriesModule,
    LeaderboardsModule,
    ModerationLogModule,
    NotificationInboxModule,
    WordFilterModule,
  ],
  providers: [
    EngagementEvents,
    CampaignUpdates,
    CampaignSubscriptionsResolver,
    LikesService,
    CommentsService,
    StoryStatsByStoryIdLoader,
    ViewerLikeByStoryIdLoader,
    CommentByIdLoader,
    CommentPageByStoryLoader,
    StoryEngagementResolver,
    CommentsResolver,
    CommentSubscriptionsResolver,
  ],
  exports: [CommentByIdLoader, StoryStatsByStoryIdLoader, LikesService, CommentsService],
})
export class EngagementModule {}
