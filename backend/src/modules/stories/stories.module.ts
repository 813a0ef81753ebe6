import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StoryByIdLoader } from './story-by-id.loader';
import { StoryEntity } from './story.entity';
import { UsageRightsEventEntity } from './usage-rights-event.entity';

@Module({
  imports: [TypeOrmModule.forFeature([StoryEntity, UsageRightsEventEntity])],
  providers: [StoryByIdLoader],
  exports: [StoryByIdLoader],
})
export class StoriesModule {}
