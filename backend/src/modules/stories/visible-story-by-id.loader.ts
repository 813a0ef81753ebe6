import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { RecentRowsLoader } from '../../core/graphql/recent-rows';
import { inKeyOrder } from '../../core/graphql/request-loaders';
import { canViewStory } from './story-visibility';
import { StoryEntity } from './story.entity';

/**
 * Stories by id as this request's viewer may see them (canViewStory), null otherwise: every
 * GraphQL field that points at a story (a comment's, a report's, a log entry's, a leaderboard
 * entry's, a subscription event's) reads it through here. One query per batch, with the
 * campaign the rule needs. Queries share the rows read within RECENT_READS_MS (the rule is
 * applied per viewer after); a status change here forgets the story at once (StoryEvents).
 */
@Injectable()
export class VisibleStoryByIdLoader extends RecentRowsLoader<StoryEntity | null> {
  protected async read(ids: readonly string[], db: DataSource): Promise<(StoryEntity | null)[]> {
    const rows = await db.getRepository(StoryEntity).find({ where: { id: In([...ids]) }, relations: { campaign: true }, withDeleted: true });
    return inKeyOrder(ids, rows, (s) => s.id, (s) => s, null);
  }

  protected override seenBy(viewer: Viewer | null, story: StoryEntity | null): StoryEntity | null {
    return story && canViewStory(viewer, story, story.campaign!) ? story : null;
  }
}
