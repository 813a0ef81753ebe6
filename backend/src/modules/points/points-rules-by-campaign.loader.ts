import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { inKeyOrder, LoaderFactory } from '../../core/graphql/request-loaders';
import { CampaignPointsRulesEntity } from './campaign-points-rules.entity';

/** Campaign.pointsRules for a whole list in one query; null where a campaign never set rules. */
@Injectable()
export class PointsRulesByCampaignLoader implements LoaderFactory<string, CampaignPointsRulesEntity | null> {
  constructor(@InjectRepository(CampaignPointsRulesEntity) private readonly rules: Repository<CampaignPointsRulesEntity>) {}

  create() {
    return new DataLoader<string, CampaignPointsRulesEntity | null>(async (ids) => {
      const rows = await this.rules.findBy({ campaignId: In([...ids]) });
      return inKeyOrder(ids, rows, (r) => r.campaignId, (r) => r, null);
    });
  }
}
