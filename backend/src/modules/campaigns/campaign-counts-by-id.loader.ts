import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RecentRowsLoader } from '../../core/graphql/recent-rows';
import { inKeyOrder } from '../../core/graphql/request-loaders';
import { CAMPAIGN_COUNTS_SQL } from './campaign-counters';

export interface CampaignCounts {
  stories: number;
  participants: number;
}

/** A page of campaigns' public story and participant counts, summed from their shards in one query. Queries share recent reads. */
@Injectable()
export class CampaignCountsByIdLoader extends RecentRowsLoader<CampaignCounts> {
  protected async read(ids: readonly string[], db: DataSource): Promise<CampaignCounts[]> {
    const rows: { campaign_id: string; stories: number; participants: number }[] = await db.query(CAMPAIGN_COUNTS_SQL, [[...ids]]);
    return inKeyOrder(ids, rows, (r) => r.campaign_id, (r) => ({ stories: r.stories, participants: r.participants }), { stories: 0, participants: 0 });
  }
}
