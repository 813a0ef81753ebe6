import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { inKeyOrder, LoaderFactory } from '../../core/graphql/request-loaders';
import { UserEntity } from './user.entity';

@Injectable()
export class UserByIdLoader implements LoaderFactory<string, UserEntity | null> {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  create() {
    return new DataLoader<string, UserEntity | null>(async (ids) => {
      const rows = await this.users.findBy({ id: In([...ids]) });
      return inKeyOrder(ids, rows, (u) => u.id, (u) => u, null);
    });
  }
}
