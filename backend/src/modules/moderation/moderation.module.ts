import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { CommentEntity } from '../engagement/comment.entity';
import { StoriesModule } from '../stories/stories.module';
import { ModerationActionEntity } from './moderation-action.entity';
import { ModerationTermEntity } from './moderation-term.entity';
import { ModerationTermsResolver } from './moderation-terms.resolver';
import { ModerationTermsService } from './moderation-terms.service';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { ReportEntity } from './report.entity';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

/** The queue, decisions, reports and the word list. The log writer and WordFilter are in the global ModerationLogModule. */
@Module({
  imports: [TypeOrmModule.forFeature([ReportEntity, ModerationActionEntity, ModerationTermEntity, CommentEntity]), CampaignsModule, StoriesModule],
  providers: [
    ModerationService,
    ModerationResolver,
    ReportsService,
    ReportsResolver,
    ModerationTermsService,
    ModerationTermsResolver,
  ],
})
export class ModerationModule {}
