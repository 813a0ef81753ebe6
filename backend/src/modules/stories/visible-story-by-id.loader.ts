import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { inKeyOrder, LoaderFactory } from '../../core/graphql/request-loaders';
import { canViewStory } from './story-visibility';
import { StoryEntity } from './story.entity';

/**
 * Stories by id as this request's viewer may see them (canViewStory), null otherwise: every
 * GraphQL field that points at a story (a comment's, a report's, a log entry's, a leaderboard
 * entry's, a subscription event's) reads it through here. One query per batch, with the
 * campaign the rule needs.
 */
@Injectable()
export class VisibleStoryByIdLoader implements LoaderFactory<string, StoryEntity | null> {
  constructor(@InjectRepository(StoryEntity) private readonly stories: Repository<StoryEntity>) {}

  create(viewer: Viewer | null) {
    return new DataLoader<string, StoryEntity | null>(async (ids) => {
      const rows = await this.stories.find({ where: { id: In([...ids]) }, relations: { campaign: true }, withDeleted: true });
      const now = new Date();
      return inKeyOrder(ids, rows, (s) => s.id, (s) => (canViewStory(viewer, s, s.campaign!, now) ? s : null), null);
    });
  }
}
