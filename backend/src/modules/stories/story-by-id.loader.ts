import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { inKeyOrder, LoaderFactory } from '../../core/graphql/request-loaders';
import { StoryEntity } from './story.entity';

/** Raw rows including soft-deleted ones: callers apply canViewStory. */
@Injectable()
export class StoryByIdLoader implements LoaderFactory<string, StoryEntity | null> {
  constructor(@InjectRepository(StoryEntity) private readonly stories: Repository<StoryEntity>) {}

  create() {
    return new DataLoader<string, StoryEntity | null>(async (ids) => {
      const rows = await this.stories.find({ where: { id: In([...ids]) }, withDeleted: true });
      return inKeyOrder(ids, rows, (s) => s.id, (s) => s, null);
    });
  }
}
