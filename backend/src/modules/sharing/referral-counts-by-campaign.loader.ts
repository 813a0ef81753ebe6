import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../core/graphql/request-loaders';
import { ReferralCounts, ReferralsService } from './referrals.service';

/** One count per campaign and request, whichever of the referral fields asks first. */
@Injectable()
export class ReferralCountsByCampaignLoader implements LoaderFactory<string, ReferralCounts> {
  constructor(private readonly referrals: ReferralsService) {}

  create(): DataLoader<string, ReferralCounts> {
    return new DataLoader((campaignIds: readonly string[]) => Promise.all(campaignIds.map((id) => this.referrals.countsFor(id))));
  }
}
