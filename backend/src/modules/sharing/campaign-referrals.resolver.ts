import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/graphql/request-context';
import { User } from '../accounts/models/user.model';
import { UserByIdLoader } from '../accounts/user-by-id.loader';
import { CampaignStats } from '../analytics/models/campaign-stats.model';
import { SharerStat } from './models/sharer-stat.model';
import { ReferralCountsByCampaignLoader } from './referral-counts-by-campaign.loader';
import { ReferralCounts, ReferralsService } from './referrals.service';

const TOP_SHARERS = 10;

/**
 * What shared links brought a campaign, beside its other numbers (campaignStats is BRAND_STAFF
 * and ADMIN only, so these are too). The three counts come from one query per request.
 */
@Resolver(() => CampaignStats)
export class CampaignReferralsResolver {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly referralCounts: ReferralCountsByCampaignLoader,
  ) {}

  @ResolveField(() => Int, { description: "Visits to the campaign's or its stories' pages that came through a shared link (?ref=)." })
  async referredVisits(@Parent() stats: CampaignStats, @Context() context: RequestContext): Promise<number> {
    return (await this.counts(stats, context)).visits;
  }

  @ResolveField(() => Int, { description: 'Accounts created after arriving through a shared link.' })
  async referredSignups(@Parent() stats: CampaignStats, @Context() context: RequestContext): Promise<number> {
    return (await this.counts(stats, context)).signups;
  }

  @ResolveField(() => Int, { description: 'APPROVED stories in the campaign by those accounts: the end of the sharing funnel.' })
  async referredStories(@Parent() stats: CampaignStats, @Context() context: RequestContext): Promise<number> {
    return (await this.counts(stats, context)).stories;
  }

  @ResolveField(() => [SharerStat], { description: `The ${TOP_SHARERS} sharers whose links brought the most visits.` })
  topSharers(@Parent() stats: CampaignStats): Promise<SharerStat[]> {
    return this.referrals.topSharers(stats.campaign.id, TOP_SHARERS).then((rows) => rows.map((row) => Object.assign(new SharerStat(), row)));
  }

  private counts(stats: CampaignStats, context: RequestContext): Promise<ReferralCounts> {
    return context.loaders.get(this.referralCounts).load(stats.campaign.id);
  }
}

@Resolver(() => SharerStat)
export class SharerStatResolver {
  constructor(private readonly users: UserByIdLoader) {}

  @ResolveField(() => User, { nullable: true })
  async user(@Parent() stat: SharerStat, @Context() context: RequestContext): Promise<User | null> {
    const user = await context.loaders.get(this.users).load(stat.sharerId);
    return user ? User.from(user) : null;
  }
}
