import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { inKeyOrder, LoaderFactory } from '../../core/graphql/request-loaders';
import { CommentEntity } from './comment.entity';

/** Raw rows including deleted and hidden ones: callers apply canViewComment. */
@Injectable()
export class CommentByIdLoader implements LoaderFactory<string, CommentEntity | null> {
  constructor(@InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>) {}

  create() {
    return new DataLoader<string, CommentEntity | null>(async (ids) => {
      const rows = await this.comments.find({ where: { id: In([...ids]) }, withDeleted: true });
      return inKeyOrder(ids, rows, (c) => c.id, (c) => c, null);
    });
  }
}
