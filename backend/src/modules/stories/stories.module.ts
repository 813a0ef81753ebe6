import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { PhotosModule } from '../photos/photos.module';
import { StoriesResolver } from './stories.resolver';
import { StoriesService } from './stories.service';
import { StoryByIdLoader } from './story-by-id.loader';
import { StoryEvents } from './story-events';
import { StoryEntity } from './story.entity';
import { UsageRightsEventEntity } from './usage-rights-event.entity';
import { UsageRightsEventsByStoryIdLoader } from './usage-rights-events-by-story-id.loader';

@Module({
  imports: [TypeOrmModule.forFeature([StoryEntity, UsageRightsEventEntity]), CampaignsModule, PhotosModule],
  providers: [StoryByIdLoader, UsageRightsEventsByStoryIdLoader, StoryEvents, StoriesService, StoriesResolver],
  exports: [StoryByIdLoader, StoryEvents],
})
export class StoriesModule {}
