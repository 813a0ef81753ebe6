import type { DataSource } from 'typeorm';
import { NotFoundError } from '../../core/errors/app-errors';
import type { UserEntity } from '../accounts/user.entity';
import { canViewCampaign } from '../campaigns/campaign-visibility';
import { canViewStory } from '../stories/story-visibility';
import { StoryEntity } from '../stories/story.entity';

/**
 * The story (with its campaign) if the viewer may see both; NOT_FOUND exactly as if it did not
 * exist. One query.
 */
export async function findVisibleStory(dataSource: DataSource, viewer: UserEntity | null, storyId: string): Promise<StoryEntity> {
  const story = await dataSource
    .getRepository(StoryEntity)
    .createQueryBuilder('s')
    .innerJoinAndSelect('s.campaign', 'c')
    .where('s.id = :storyId', { storyId })
    .getOne();
  if (!story || !canViewStory(viewer, story) || !canViewCampaign(viewer, story.campaign!)) throw new NotFoundError('That story');
  return story;
}
