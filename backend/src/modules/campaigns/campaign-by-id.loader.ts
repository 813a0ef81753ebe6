import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { RecentRowsLoader } from '../../core/graphql/recent-rows';
import { inKeyOrder } from '../../core/graphql/request-loaders';
import { CampaignEntity } from './campaign.entity';

/** Raw rows, whatever their status: callers decide what the viewer may see. Queries share recent rows. */
@Injectable()
export class CampaignByIdLoader extends RecentRowsLoader<CampaignEntity | null> {
  protected async read(ids: readonly string[], db: DataSource): Promise<(CampaignEntity | null)[]> {
    const rows = await db.getRepository(CampaignEntity).findBy({ id: In([...ids]) });
    return inKeyOrder(ids, rows, (c) => c.id, (c) => c, null);
  }
}
