import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { inKeyOrder, LoaderFactory } from '../../core/graphql/request-loaders';
import { CampaignEntity } from './campaign.entity';

/** Raw rows, whatever their status: callers decide what the viewer may see. */
@Injectable()
export class CampaignByIdLoader implements LoaderFactory<string, CampaignEntity | null> {
  constructor(@InjectRepository(CampaignEntity) private readonly campaigns: Repository<CampaignEntity>) {}

  create() {
    return new DataLoader<string, CampaignEntity | null>(async (ids) => {
      const rows = await this.campaigns.findBy({ id: In([...ids]) });
      return inKeyOrder(ids, rows, (c) => c.id, (c) => c, null);
    });
  }
}
