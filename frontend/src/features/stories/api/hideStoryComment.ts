import { graphql } from '../../../gql';

// Moderators hide a comment from the story page; the comment stays in the thread, marked hidden.
export const HideStoryCommentDocument = graphql(`
  mutation HideStoryComment($commentId: ID!, $reason: String!) {
    hideComment(commentId: $commentId, reason: $reason) {
      id
      hidden
    }
  }
`);
