import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import { ModerationLogService } from '../moderation/moderation-log.service';
import { StoriesRepository } from './stories.repository';
import { StoriesService } from './stories.service';
import { StoryEvents } from './story-events';
import { StoryStatus } from './story-status.enum';
import { StoryEntity } from './story.entity';

/**
 * Brand staff pick stories to feature. Under the story's row lock, like moderation decisions,
 * so a story cannot be featured while a moderator removes it. Every change is logged.
 */
@Injectable()
export class FeaturingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stories: StoriesService,
    private readonly repository: StoriesRepository,
    private readonly log: ModerationLogService,
    private readonly events: StoryEvents,
  ) {}

  /** APPROVED stories only. Featuring again keeps the original time and updates the note. */
  async feature(actor: Viewer, storyId: string, note: string | null): Promise<StoryEntity> {
    const { story, changed } = await this.dataSource.transaction(async (manager) => {
      const current = await this.stories.lockVisible(manager, actor, storyId);
      if (!current) throw new NotFoundError('That story');
      if (current.status !== StoryStatus.APPROVED) throw new BadUserInputError('Only published stories can be featured.', 'storyId');
      if (current.featuredAt && current.featureNote === note) return { story: current, changed: false };
      const changes = { featuredAt: current.featuredAt ?? new Date(), featureNote: note };
      await this.repository.setFeatured(manager, storyId, changes);
      await this.log.record(
        { action: 'FEATURE', moderatorId: actor.id, storyId, campaignId: current.campaignId, targetUserId: current.authorId, reason: note },
        manager,
      );
      return { story: { ...current, ...changes }, changed: true };
    });
    if (changed) await this.events.updated(story.id);
    return story;
  }

  /** Idempotent: unfeaturing a story that is not featured changes nothing. */
  async unfeature(actor: Viewer, storyId: string): Promise<StoryEntity> {
    const { story, changed } = await this.dataSource.transaction(async (manager) => {
      const current = await this.stories.lockVisible(manager, actor, storyId);
      if (!current) throw new NotFoundError('That story');
      if (!current.featuredAt) return { story: current, changed: false };
      const changes = { featuredAt: null, featureNote: null };
      await this.repository.setFeatured(manager, storyId, changes);
      await this.log.record(
        { action: 'UNFEATURE', moderatorId: actor.id, storyId, campaignId: current.campaignId, targetUserId: current.authorId },
        manager,
      );
      return { story: { ...current, ...changes }, changed: true };
    });
    if (changed) await this.events.updated(story.id);
    return story;
  }
}
