import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { EngagementModule } from '../engagement/engagement.module';
import { ContentLoading } from './content-loading';
import { ModerationLogModule } from './moderation-log.module';
import { WordFilterModule } from './word-filter.module';
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

/** The queue, decisions, reports and the word list; the log writer and the word filter are modules of their own. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ReportEntity, ModerationActionEntity, ModerationTermEntity, CommentEntity]),
    AccountsModule,
    CampaignsModule,
    StoriesModule,
    EngagementModule,
    ModerationLogModule,
    WordFilterModule,
  ],
  providers: [
    ModerationService,
    ModerationResolver,
    ReportsService,
    ReportsResolver,
    ModerationTermsService,
    ModerationTermsResolver,
    ContentLoading,
  ],
  exports: [ModerationService],
})
export class ModerationModule {}
