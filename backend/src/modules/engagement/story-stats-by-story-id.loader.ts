import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { inKeyOrder, LoaderFactory } from '../../core/graphql/request-loaders';

export interface StoryStats {
  likes: number;
  comments: number;
}

/** The exact counts, summed from the shards, for a whole page of stories in one query. */
@Injectable()
export class StoryStatsByStoryIdLoader implements LoaderFactory<string, StoryStats> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create() {
    return new DataLoader<string, StoryStats>(async (ids) => {
      const rows: { story_id: string; likes: number; comments: number }[] = await this.dataSource.query(
        `SELECT story_id, sum(likes)::int AS likes, sum(comments)::int AS comments
           FROM story_stat_shards WHERE story_id = ANY($1::uuid[]) GROUP BY story_id`,
        [[...ids]],
      );
      return inKeyOrder(ids, rows, (r) => r.story_id, (r) => ({ likes: r.likes, comments: r.comments }), { likes: 0, comments: 0 });
    });
  }
}
