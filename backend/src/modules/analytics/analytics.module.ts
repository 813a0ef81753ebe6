import { Module } from '@nestjs/common';
import { AnalyticsResolver } from './analytics.resolver';
import { AnalyticsService } from './analytics.service';
import { StoryExportController } from './story-export.controller';
import { StoryExportService } from './story-export.service';

/** Campaign numbers and the consented-stories export, for brand staff. */
@Module({
  providers: [AnalyticsService, AnalyticsResolver, StoryExportService],
  controllers: [StoryExportController],
})
export class AnalyticsModule {}
