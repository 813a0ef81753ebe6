import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import type { LoaderFactory } from '../../core/graphql/request-loaders';
import { UsageRightsEventEntity } from './usage-rights-event.entity';

/** Each story's consent record, oldest first. */
@Injectable()
export class UsageRightsEventsByStoryIdLoader implements LoaderFactory<string, UsageRightsEventEntity[]> {
  constructor(@InjectRepository(UsageRightsEventEntity) private readonly events: Repository<UsageRightsEventEntity>) {}

  create() {
    return new DataLoader<string, UsageRightsEventEntity[]>(async (storyIds) => {
      const rows = await this.events.find({ where: { storyId: In([...storyIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      const byStory = new Map<string, UsageRightsEventEntity[]>(storyIds.map((id) => [id, []]));
      for (const row of rows) byStory.get(row.storyId)?.push(row);
      return storyIds.map((id) => byStory.get(id)!);
    });
  }
}
