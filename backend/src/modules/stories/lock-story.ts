import type { EntityManager } from 'typeorm';
import { StoryEntity } from './story.entity';

/**
 * Reads a story, not deleted, and holds its row until the transaction ends, so that two
 * decisions on one story run one after the other and the second sees what the first did.
 * FOR NO KEY UPDATE does not wait on rows that merely reference the story (likes, reports).
 */
export function lockStory(manager: EntityManager, id: string): Promise<StoryEntity | null> {
  return manager.findOne(StoryEntity, { where: { id }, lock: { mode: 'for_no_key_update' } });
}
