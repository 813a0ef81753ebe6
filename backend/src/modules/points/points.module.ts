import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ModerationLogModule } from '../moderation/moderation-log.module';
import { StoriesModule } from '../stories/stories.module';
import { CampaignPointsRulesEntity } from './campaign-points-rules.entity';
import { LikePointsSweep } from './like-points-sweep';
import { PointsBalanceEntity } from './points-balance.entity';
import { PointsEntryEntity } from './points-entry.entity';
import { PointsLedger } from './points-ledger';
import { PointsRulesByCampaignLoader } from './points-rules-by-campaign.loader';
import { CampaignPointsRulesResolver, PointsResolver } from './points.resolver';
import { PointsService } from './points.service';

/** Member points (积分): the rules, the ledger, what credits it (domain events, the likes sweep) and myPoints. */
@Module({
  imports: [TypeOrmModule.forFeature([PointsEntryEntity, PointsBalanceEntity, CampaignPointsRulesEntity]), CampaignsModule, StoriesModule, ModerationLogModule],
  providers: [PointsLedger, PointsService, LikePointsSweep, PointsRulesByCampaignLoader, PointsResolver, CampaignPointsRulesResolver],
  exports: [PointsLedger, PointsService],
})
export class PointsModule {}
