import { isModerator } from '../accounts/role.enum';
import type { UserEntity } from '../accounts/user.entity';
import { StoryStatus } from './story-status.enum';
import type { StoryEntity } from './story.entity';

/**
 * Who sees a story: APPROVED is public; PENDING and REJECTED only the author and moderators;
 * REMOVED only moderators (its author sees it in myStories, with the reason). Deleted: nobody.
 * Hidden means null, exactly as if the story did not exist.
 */
export function canViewStory(viewer: UserEntity | null, story: Pick<StoryEntity, 'status' | 'authorId' | 'deletedAt'>): boolean {
  if (story.deletedAt) return false;
  if (story.status === StoryStatus.APPROVED) return true;
  if (!viewer) return false;
  if (isModerator(viewer)) return true;
  return story.authorId === viewer.id && story.status !== StoryStatus.REMOVED;
}
