import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { RecentRowsLoader } from '../../core/graphql/recent-rows';
import { PhotoEntity } from './photo.entity';

/**
 * A story's photos in their order, for `Story.photos`. Visibility is the story's: the caller
 * loads photos only for a story the viewer may see. Every status is loaded (the author sees
 * unfinished ones): queries share the list read within RECENT_READS_MS and Story.photos picks
 * what the viewer may see.
 */
@Injectable()
export class PhotosByStoryIdLoader extends RecentRowsLoader<PhotoEntity[]> {
  protected async read(storyIds: readonly string[], db: DataSource): Promise<PhotoEntity[][]> {
    const rows = await db.getRepository(PhotoEntity).find({ where: { storyId: In([...storyIds]) }, order: { position: 'ASC' } });
    const byStory = new Map<string, PhotoEntity[]>(storyIds.map((id) => [id, []]));
    for (const row of rows) byStory.get(row.storyId!)?.push(row);
    return storyIds.map((id) => byStory.get(id)!);
  }
}
