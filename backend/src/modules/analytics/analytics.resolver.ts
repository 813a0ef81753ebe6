import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Authorize } from '../../core/auth/authorize.decorator';
import { IdPipe } from '../../core/graphql/id.pipe';
import { BRAND_ROLES } from '../accounts/role.enum';
import { AnalyticsService } from './analytics.service';
import { CampaignStats } from './models/campaign-stats.model';

@Resolver(() => CampaignStats)
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Query(() => CampaignStats, { description: 'BRAND_STAFF and ADMIN.' })
  @Authorize({ roles: BRAND_ROLES })
  campaignStats(@Args('campaignId', { type: () => ID }, IdPipe) campaignId: string): Promise<CampaignStats> {
    return this.analytics.campaignStats(campaignId);
  }
}
