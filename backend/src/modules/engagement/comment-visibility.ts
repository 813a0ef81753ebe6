import { isModerator } from '../accounts/role.enum';
import type { Viewer } from '../../core/auth/viewer';
import type { CommentEntity } from './comment.entity';

/**
 * Who sees a comment (on a story they can see): everyone, until it is deleted (then nobody) or
 * hidden by a moderator (then moderators only, marked hidden). Hidden means null, as if missing.
 */
export function canViewComment(viewer: Viewer | null, comment: Pick<CommentEntity, 'deletedAt' | 'hiddenAt'>): boolean {
  if (comment.deletedAt) return false;
  return !comment.hiddenAt || (!!viewer && isModerator(viewer));
}
