import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { inKeyOrder, LoaderFactory } from '../../core/graphql/request-loaders';
import { PhotoEntity } from './photo.entity';

/** One photo by id (e.g. a campaign's cover); no visibility rule of its own, like PhotosByStoryIdLoader. */
@Injectable()
export class PhotoByIdLoader implements LoaderFactory<string, PhotoEntity | null> {
  constructor(@InjectRepository(PhotoEntity) private readonly photos: Repository<PhotoEntity>) {}

  create() {
    return new DataLoader<string, PhotoEntity | null>(async (ids) => {
      const rows = await this.photos.findBy({ id: In([...ids]) });
      return inKeyOrder(ids, rows, (photo) => photo.id, (photo) => photo, null);
    });
  }
}
