import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RecentRowsLoader } from '../../core/graphql/recent-rows';
import { inKeyOrder } from '../../core/graphql/request-loaders';
import { PreparedStatement } from '../../core/database/prepared-statement';

const STATS_OF_STORIES = new PreparedStatement<{ story_id: string; likes: number; comments: number }>(
  'stats_of_stories',
  'SELECT story_id, sum(likes)::int AS likes, sum(comments)::int AS comments FROM story_stat_shards WHERE story_id = ANY($1::uuid[]) GROUP BY story_id',
);

export interface StoryStats {
  likes: number;
  comments: number;
}

/**
 * The exact counts, summed from the shards, for a whole page of stories in one query. Queries
 * share what this instance read within RECENT_READS_MS; a like or comment here forgets its
 * story's counts at once (EngagementEvents).
 */
@Injectable()
export class StoryStatsByStoryIdLoader extends RecentRowsLoader<StoryStats> {
  protected async read(ids: readonly string[], db: DataSource): Promise<StoryStats[]> {
    const rows = await STATS_OF_STORIES.rows(db, [[...ids]]);
    return inKeyOrder(ids, rows, (r) => r.story_id, (r) => ({ likes: r.likes, comments: r.comments }), { likes: 0, comments: 0 });
  }
}
