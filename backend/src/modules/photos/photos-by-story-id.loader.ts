import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { LoaderFactory } from '../../core/graphql/request-loaders';
import { PhotoEntity } from './photo.entity';

/**
 * A story's photos in their order, for `Story.photos`. Visibility is the story's: the caller
 * loads photos only for a story the viewer may see.
 */
@Injectable()
export class PhotosByStoryIdLoader implements LoaderFactory<string, PhotoEntity[]> {
  constructor(@InjectRepository(PhotoEntity) private readonly photos: Repository<PhotoEntity>) {}

  create() {
    return new DataLoader<string, PhotoEntity[]>(async (storyIds) => {
      const rows = await this.photos.find({ where: { storyId: In([...storyIds]) }, order: { position: 'ASC' } });
      const byStory = new Map<string, PhotoEntity[]>(storyIds.map((id) => [id, []]));
      for (const row of rows) byStory.get(row.storyId!)?.push(row);
      return storyIds.map((id) => byStory.get(id)!);
    });
  }
}
