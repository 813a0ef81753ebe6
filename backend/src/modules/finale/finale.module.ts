import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { EngagementModule } from '../engagement/engagement.module';
import { ModerationLogModule } from '../moderation/moderation-log.module';
import { StoriesModule } from '../stories/stories.module';
import { CampaignResultEntity } from './campaign-result.entity';
import { ClaimCipher } from './claim-cipher';
import { CampaignPrizesResolver, FinaleResolver, JudgeScoreResolver, PrizeResultResolver, SuspiciousLikeGroupResolver, WinnerResolver } from './finale.resolver';
import { FinaleService } from './finale.service';
import { JudgeScoreEntity } from './judge-score.entity';
import { LikeVoidEntity } from './like-void.entity';
import { PrizeWinnerEntity } from './prize-winner.entity';
import { PrizeEntity } from './prize.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([PrizeEntity, PrizeWinnerEntity, CampaignResultEntity, LikeVoidEntity, JudgeScoreEntity]),
    AccountsModule,
    EngagementModule,
    StoriesModule,
    ModerationLogModule,
  ],
  providers: [ClaimCipher, FinaleService, FinaleResolver, PrizeResultResolver, WinnerResolver, CampaignPrizesResolver, JudgeScoreResolver, SuspiciousLikeGroupResolver],
  exports: [FinaleService],
})
export class FinaleModule {}
