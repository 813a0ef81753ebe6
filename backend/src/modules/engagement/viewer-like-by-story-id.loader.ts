import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { PreparedStatement } from '../../core/database/prepared-statement';
import { LoaderFactory } from '../../core/graphql/request-loaders';

const VIEWER_LIKES = new PreparedStatement<{ story_id: string }>(
  'viewer_likes_of_stories',
  'SELECT story_id FROM story_likes WHERE user_id = $1 AND story_id = ANY($2::uuid[])',
);

/** Whether the viewer liked each story of a page, in one query; false for everyone signed out, with none. */
@Injectable()
export class ViewerLikeByStoryIdLoader implements LoaderFactory<string, boolean> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(viewer: Viewer | null) {
    return new DataLoader<string, boolean>(async (ids) => {
      if (!viewer) return ids.map(() => false);
      const rows = await VIEWER_LIKES.rows(this.dataSource, [viewer.id, [...ids]]);
      const liked = new Set(rows.map((r) => r.story_id));
      return ids.map((id) => liked.has(id));
    });
  }
}
