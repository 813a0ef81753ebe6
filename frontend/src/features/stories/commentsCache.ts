import type { ApolloCache } from '@apollo/client';
import { modifyConnections } from '../../lib/apollo/cache';
import type { CommentFieldsFragment } from '../../gql/graphql';
import { CommentFields } from './api/commentFields';

/**
 * Puts a comment at the end of its story's cached list, once. Both our own
 * addComment and the live commentAdded feed call this, so a comment we just
 * posted is not shown twice and the count goes up once.
 */
export function appendCommentToStory(cache: ApolloCache, storyId: string, comment: CommentFieldsFragment): void {
  const storyCacheId = cache.identify({ __typename: 'Story', id: storyId });
  if (!storyCacheId) return;
  const commentRef = cache.writeFragment({ fragment: CommentFields, data: comment });
  if (!commentRef) return;
  let appended = false;
  modifyConnections(cache, storyCacheId, 'comments', (comments, { readField }) => {
    if (comments.nodes.some((node) => readField('id', node) === comment.id)) return comments;
    appended = true;
    return { ...comments, nodes: [...comments.nodes, commentRef] };
  });
  if (appended) {
    cache.modify({
      id: storyCacheId,
      fields: {
        commentCount: (count: number) => count + 1,
      },
    });
  }
}

/**
 * A comment we deleted: with replies under it, it stays as "[deleted]" (as the server shows it
 * from now on), else it leaves the list; either way the count goes down once.
 */
export function markCommentDeleted(cache: ApolloCache, storyId: string, commentId: string): void {
  const storyCacheId = cache.identify({ __typename: 'Story', id: storyId });
  const commentCacheId = cache.identify({ __typename: 'Comment', id: commentId });
  if (!storyCacheId || !commentCacheId) return;
  let removed = false;
  modifyConnections(cache, storyCacheId, 'comments', (comments, { readField }) => {
    const hasReplies = comments.nodes.some((node) => readField('parentId', node) === commentId);
    if (hasReplies) return comments;
    const nodes = comments.nodes.filter((node) => readField('id', node) !== commentId);
    removed ||= nodes.length !== comments.nodes.length;
    return { ...comments, nodes };
  });
  cache.modify({ id: commentCacheId, fields: { deleted: () => true, body: () => '[deleted]' } });
  cache.modify({ id: storyCacheId, fields: { commentCount: (count: number) => Math.max(0, count - 1) } });
  if (removed) cache.gc();
}
