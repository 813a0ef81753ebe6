import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import type { UserEntity } from '../accounts/user.entity';
import { ModerationLogService } from '../moderation/moderation-log.service';
import { lockStory } from '../stories/lock-story';
import { StoryStatus } from '../stories/story-status.enum';
import { canViewStory } from '../stories/story-visibility';
import { StoryEntity } from '../stories/story.entity';
import { EngagementEvents } from './engagement-events';

/**
 * Brand staff pick stories to feature. Under the story's row lock, like moderation decisions,
 * so a story cannot be featured while a moderator removes it. Every change is logged.
 */
@Injectable()
export class FeaturingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly log: ModerationLogService,
    private readonly events: EngagementEvents,
  ) {}

  /** APPROVED stories only. Featuring again keeps the original time and updates the note. */
  async feature(actor: UserEntity, storyId: string, note: string | null): Promise<StoryEntity> {
    const { story, changed } = await this.dataSource.transaction(async (manager) => {
      const current = await lockStory(manager, storyId);
      if (!current || !canViewStory(actor, current)) throw new NotFoundError('That story');
      if (current.status !== StoryStatus.APPROVED) throw new BadUserInputError('Only published stories can be featured.', 'storyId');
      if (current.featuredAt && current.featureNote === note) return { story: current, changed: false };
      const changes = { featuredAt: current.featuredAt ?? new Date(), featureNote: note };
      await manager.update(StoryEntity, { id: storyId }, changes);
      await this.log.record(
        { action: 'FEATURE', moderatorId: actor.id, storyId, campaignId: current.campaignId, targetUserId: current.authorId, reason: note },
        manager,
      );
      return { story: { ...current, ...changes }, changed: true };
    });
    if (changed) this.events.storyChanged(story.id);
    return story;
  }

  /** Idempotent: unfeaturing a story that is not featured changes nothing. */
  async unfeature(actor: UserEntity, storyId: string): Promise<StoryEntity> {
    const { story, changed } = await this.dataSource.transaction(async (manager) => {
      const current = await lockStory(manager, storyId);
      if (!current || !canViewStory(actor, current)) throw new NotFoundError('That story');
      if (!current.featuredAt) return { story: current, changed: false };
      const changes = { featuredAt: null, featureNote: null };
      await manager.update(StoryEntity, { id: storyId }, changes);
      await this.log.record(
        { action: 'UNFEATURE', moderatorId: actor.id, storyId, campaignId: current.campaignId, targetUserId: current.authorId },
        manager,
      );
      return { story: { ...current, ...changes }, changed: true };
    });
    if (changed) this.events.storyChanged(story.id);
    return story;
  }
}
