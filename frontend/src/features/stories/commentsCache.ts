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
