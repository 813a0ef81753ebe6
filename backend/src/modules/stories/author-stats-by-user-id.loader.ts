import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { inKeyOrder, LoaderFactory } from '../../core/graphql/request-loaders';
import { publicStorySql } from './story-visibility';

/** Derived per author from their public stories. */
export interface AuthorStats {
  approvedStoryCount: number;
  likesReceived: number;
}

/** Approved stories and the likes they received, per author, for a whole page in one query. */
@Injectable()
export class AuthorStatsByUserIdLoader implements LoaderFactory<string, AuthorStats> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create() {
    return new DataLoader<string, AuthorStats>(async (ids) => {
      const rows: { author_id: string; stories: number; likes: number }[] = await this.dataSource.query(
        `SELECT s.author_id, count(*)::int AS stories, coalesce(sum(t.likes), 0)::int AS likes
           FROM stories s
           LEFT JOIN LATERAL (SELECT sum(likes) AS likes FROM story_stat_shards WHERE story_id = s.id) t ON true
          WHERE s.author_id = ANY($1) AND ${publicStorySql('s')}
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
