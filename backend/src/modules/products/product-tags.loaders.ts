import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import type { LoaderFactory } from '../../core/graphql/request-loaders';
import { CampaignProductEntity, StoryProductEntity } from './product-tags.entity';

/** Rows of `entity` for many owners at once, each owner's in position order. */
function listsBy<T extends { position: number }>(repository: Repository<T>, key: keyof T & string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await repository.find({ where: { [key]: In([...ids]) } as never, order: { position: 'ASC' } as never });
    const byOwner = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) byOwner.get(row[key] as string)?.push(row);
    return ids.map((id) => byOwner.get(id)!);
  });
}

@Injectable()
export class ProductsByStoryIdLoader implements LoaderFactory<string, StoryProductEntity[]> {
  constructor(@InjectRepository(StoryProductEntity) private readonly rows: Repository<StoryProductEntity>) {}
  create() {
    return listsBy(this.rows, 'storyId');
  }
}

@Injectable()
export class ProductsByCampaignIdLoader implements LoaderFactory<string, CampaignProductEntity[]> {
  constructor(@InjectRepository(CampaignProductEntity) private readonly rows: Repository<CampaignProductEntity>) {}
  create() {
    return listsBy(this.rows, 'campaignId');
  }
}
