import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { StoryEntity } from './story.entity';

/** The columns other domains' decisions may change, each through a method that names the decision. */
type StatusChange = Pick<StoryEntity, 'status'> & Partial<Pick<StoryEntity, 'publishedAt' | 'rejectionReason' | 'heldForReportsAt'>>;
type FeatureChange = Pick<StoryEntity, 'featuredAt' | 'featureNote'>;
type EditChange = Partial<Pick<StoryEntity, 'title' | 'body' | 'status' | 'publishedAt' | 'rejectionReason'>> & Pick<StoryEntity, 'editedAt'>;
type UsageRightsChange = Partial<Pick<StoryEntity, 'usageScopes' | 'usageRightsGranted' | 'usageRightsGrantedAt' | 'usageRightsWithdrawnAt'>>;

/**
 * The one writer of the `stories` table. Moderation (decisions, holds after reports), featuring,
 * and consent change stories through here, always inside the caller's transaction, so that a new
 * column or invariant has one place to live. (The ranking columns are the stories domain's own
 * feed roll-up's: feeds/feed-ranking.service.ts.)
 */
@Injectable()
export class StoriesRepository {
  /**
   * Reads a story, not deleted, and holds its row until the transaction ends, so that two
   * decisions on one story run one after the other and the second sees what the first did.
   * FOR NO KEY UPDATE does not wait on rows that merely reference the story (likes, reports).
   */
  lock(manager: EntityManager, id: string): Promise<StoryEntity | null> {
    return manager.findOne(StoryEntity, { where: { id }, lock: { mode: 'for_no_key_update' } });
  }

  insert(manager: EntityManager, story: Partial<StoryEntity>): Promise<StoryEntity> {
    return manager.save(manager.create(StoryEntity, story));
  }

  async softDelete(manager: EntityManager, id: string): Promise<void> {
    await manager.softDelete(StoryEntity, { id });
  }

  /** A moderation decision or a hold: the new status and what goes with it. */
  async setStatus(manager: EntityManager, id: string, change: StatusChange): Promise<void> {
    await manager.update(StoryEntity, { id }, change);
  }

  /** The author's edit: new text (the hashtags follow by trigger), and the status it leads to. */
  async edit(manager: EntityManager, id: string, change: EditChange): Promise<void> {
    await manager.update(StoryEntity, { id }, change);
  }

  async setFeatured(manager: EntityManager, id: string, change: FeatureChange): Promise<void> {
    await manager.update(StoryEntity, { id }, change);
  }

  async setUsageRights(manager: EntityManager, id: string, change: UsageRightsChange): Promise<void> {
    await manager.update(StoryEntity, { id }, change);
  }
}
