import { graphql } from '../../../gql';

export const HideCommentDocument = graphql(`
  mutation HideComment($commentId: ID!, $reason: String!) {
    hideComment(commentId: $commentId, reason: $reason) {
      id
      hidden
    }
  }
`);
