import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ModerationLogModule } from '../moderation/moderation-log.module';
import { WordFilterModule } from '../moderation/word-filter.module';
import { PhotosModule } from '../photos/photos.module';
import { AuthorStatsByUserIdLoader } from './author-stats-by-user-id.loader';
import { FeaturingResolver } from './featuring.resolver';
import { FeaturingService } from './featuring.service';
import { FeedRanking } from './feeds/feed-ranking.service';
import { FeedsResolver } from './feeds/feeds.resolver';
import { FeedSnapshots } from './feeds/feed-snapshots';
import { FeedsService } from './feeds/feeds.service';
import { StoriesRepository } from './stories.repository';
import { StoriesResolver } from './stories.resolver';
import { StoriesService } from './stories.service';
import { StoryEvents } from './story-events';
import { StoryMedia } from './story-media';
import { StorySubscriptionsResolver } from './story-subscriptions.resolver';
import { StoryEntity } from './story.entity';
import { UsageRightsEventEntity } from './usage-rights-event.entity';
import { UserStoriesResolver } from './user-stories.resolver';
import { UsageRightsEventsByStoryIdLoader } from './usage-rights-events-by-story-id.loader';
import { VisibleStoryByIdLoader } from './visible-story-by-id.loader';

/**
 * Stories own their table (StoriesRepository is its one writer), their visibility rule
 * (story-visibility.ts) and their feeds (feeds/: orders, snapshots, the ranking roll-up).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([StoryEntity, UsageRightsEventEntity]),
    AccountsModule,
    CampaignsModule,
    PhotosModule,
    ModerationLogModule,
    WordFilterModule,
  ],
  providers: [
    StoriesRepository,
    StoriesService,
    StoryEvents,
    StoryMedia,
    FeaturingService,
    FeedsService,
    FeedSnapshots,
    FeedRanking,
    VisibleStoryByIdLoader,
    UsageRightsEventsByStoryIdLoader,
    StoriesResolver,
    FeaturingResolver,
    FeedsResolver,
    StorySubscriptionsResolver,
    AuthorStatsByUserIdLoader,
    UserStoriesResolver,
  ],
  exports: [StoriesService, StoriesRepository, StoryEvents, VisibleStoryByIdLoader, FeedRanking, FeaturingService],
})
export class StoriesModule {}
