import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { inKeyOrder, LoaderFactory } from '../../core/graphql/request-loaders';
import type { UserStats } from './models/user.model';

/** Approved stories and the likes they received, per author, for a whole page in one query. */
@Injectable()
export class UserStatsByUserIdLoader implements LoaderFactory<string, UserStats> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create() {
    return new DataLoader<string, UserStats>(async (ids) => {
      const rows: { author_id: string; stories: number; likes: number }[] = await this.dataSource.query(
        `SELECT s.author_id, count(*)::int AS stories, coalesce(sum(t.likes), 0)::int AS likes
           FROM stories s
           LEFT JOIN LATERAL (SELECT sum(likes) AS likes FROM story_stat_shards WHERE story_id = s.id) t ON true
          WHERE s.author_id = ANY($1) AND s.status = 'APPROVED' AND s.deleted_at IS NULL
          GROUP BY s.author_id`,
        [[...ids]],
      );
      return inKeyOrder(
        ids,
        rows,
        (r) => r.author_id,
        (r) => ({ approvedStoryCount: r.stories, likesReceived: r.likes }),
        { approvedStoryCount: 0, likesReceived: 0 },
      );
    });
  }
}
