import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { RecentRowsLoader } from '../../core/graphql/recent-rows';
import { inKeyOrder } from '../../core/graphql/request-loaders';
import { CampaignEntity } from './campaign.entity';

/** Raw rows, whatever their status: callers decide what the viewer may see. Queries share recent rows. */
@Injectable()
export class CampaignByIdLoader extends RecentRowsLoader<CampaignEntity | null> {
  constructor(
    @InjectRepository(CampaignEntity) private readonly campaigns: Repository<CampaignEntity>,
    config: AppConfig,
  ) {
    super(config.RECENT_READS_MS);
  }

  protected async read(ids: readonly string[]): Promise<(CampaignEntity | null)[]> {
    const rows = await this.campaigns.findBy({ id: In([...ids]) });
    return inKeyOrder(ids, rows, (c) => c.id, (c) => c, null);
  }
}
