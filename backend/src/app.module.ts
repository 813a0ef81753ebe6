import { PagePrefetchModule } from './core/graphql/page-prefetch';
import { SharedAnswersModule } from './core/graphql/shared-answers';
import { AccountDeletionModule } from './modules/account-deletion/account-deletion.module';
import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from './core/auth/auth.module';
import { AppConfig } from './core/config/app-config';
import { ConfigModule } from './core/config/config.module';
import { DatabaseModule } from './core/database/database.module';
import { DomainEventsModule } from './core/events/domain-events';
import { GraphQLModule } from './core/graphql/graphql.module';
import { HealthModule } from './core/health/health.module';
import { JobsModule } from './core/jobs/jobs.module';
import { LoggingModule } from './core/logging/logging.module';
import { MailModule } from './core/mail/mail.module';
import { MetricsModule } from './core/metrics/metrics.module';
import { PubSubModule } from './core/pubsub/pubsub.module';
import { RateLimitModule } from './core/rate-limit/rate-limit.module';
import { RedisModule } from './core/redis/redis.module';
import { DemoModule } from './demo/demo.module';
import { ENTITIES } from './app.entities';
import { AccountsViewerModule } from './modules/accounts/accounts-viewer';
import { AccountsModule } from './modules/accounts/accounts.module';
import { AnalyticsModule } from './modules/analytics/analytics.module';
import { CampaignsModule } from './modules/campaigns/campaigns.module';
import { EngagementModule } from './modules/engagement/engagement.module';
import { FinaleModule } from './modules/finale/finale.module';
import { LeaderboardsModule } from './modules/leaderboards/leaderboards.module';
import { ModerationModule } from './modules/moderation/moderation.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { GalleryModule } from './modules/gallery/gallery.module';
import { PhotosModule } from './modules/photos/photos.module';
import { ProductsModule } from './modules/products/products.module';
import { PointsModule } from './modules/points/points.module';
import { SearchModule } from './modules/search/search.module';
import { SharingModule } from './modules/sharing/sharing.module';
import { StoriesModule } from './modules/stories/stories.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';

/** The whole app, for one validated configuration (main.ts and the tests each build one). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        MetricsModule,
        DatabaseModule.forRoot(ENTITIES),
        DomainEventsModule,
        RedisModule,
        RateLimitModule,
        PubSubModule,
        JobsModule,
        MailModule,
        AuthModule.forRoot({ viewers: AccountsViewerModule }),
        GraphQLModule,
        PagePrefetchModule,
        SharedAnswersModule,
        HealthModule,
        AccountsModule,
        CampaignsModule,
        PhotosModule,
        StoriesModule,
        EngagementModule,
        LeaderboardsModule,
        ModerationModule,
        AnalyticsModule,
        FinaleModule,
        NotificationsModule,
        PointsModule,
        AccountDeletionModule,
        SharingModule,
        SearchModule,
        ProductsModule,
        GalleryModule,
        WebhooksModule,
        // Last: it seeds through the domains' services once they are all up.
        DemoModule,
      ],
    };
  }
}
