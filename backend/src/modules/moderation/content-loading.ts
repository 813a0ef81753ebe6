import type { RequestContext } from '../../core/graphql/request-context';
import { User } from '../accounts/models/user.model';
import { UserByIdLoader } from '../accounts/user-by-id.loader';
import { CommentByIdLoader } from '../engagement/comment-by-id.loader';
import { canViewComment } from '../engagement/comment-visibility';
import { Comment } from '../engagement/models/comment.model';
import { Story } from '../stories/models/story.model';
import { StoryByIdLoader } from '../stories/story-by-id.loader';
import { canViewStory } from '../stories/story-visibility';

/**
 * What reports and log entries point at, loaded in batches and shown only as far as the viewer
 * may see it: a story by canViewStory, a comment by canViewComment and only on a story the
 * viewer can see.
 */
export async function visibleStory(context: RequestContext, storyId: string | null): Promise<Story | null> {
  if (!storyId) return null;
  const story = await context.loaders.get(StoryByIdLoader).load(storyId);
  return story && canViewStory(context.viewer, story) ? Story.from(story) : null;
}

export async function visibleComment(context: RequestContext, commentId: string | null): Promise<Comment | null> {
  if (!commentId) return null;
  const comment = await context.loaders.get(CommentByIdLoader).load(commentId);
  if (!comment || !canViewComment(context.viewer, comment)) return null;
  return (await visibleStory(context, comment.storyId)) ? Comment.from(comment) : null;
}

export async function loadUser(context: RequestContext, userId: string | null): Promise<User | null> {
  if (!userId) return null;
  const user = await context.loaders.get(UserByIdLoader).load(userId);
  return user ? User.from(user) : null;
}
