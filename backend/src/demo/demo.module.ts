import { Module } from '@nestjs/common';
import { CampaignsModule } from '../modules/campaigns/campaigns.module';
import { EngagementModule } from '../modules/engagement/engagement.module';
import { FinaleModule } from '../modules/finale/finale.module';
import { LeaderboardsModule } from '../modules/leaderboards/leaderboards.module';
import { ModerationModule } from '../modules/moderation/moderation.module';
import { ProductsModule } from '../modules/products/products.module';
import { PhotosModule } from '../modules/photos/photos.module';
import { PointsModule } from '../modules/points/points.module';
import { StoriesModule } from '../modules/stories/stories.module';
import { DemoSeedService } from './demo-seed.service';

/** Seeds the demo through the domains' own services, so the demo obeys every rule the app does. */
@Module({
  imports: [CampaignsModule, PhotosModule, StoriesModule, EngagementModule, LeaderboardsModule, ModerationModule, FinaleModule, PointsModule, ProductsModule],
  providers: [DemoSeedService],
})
export class DemoModule {}
