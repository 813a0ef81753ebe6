import { graphql } from '../../../gql';

export const AddCommentDocument = graphql(`
  mutation AddComment($storyId: ID!, $body: String!, $parentId: ID) {
    addComment(storyId: $storyId, body: $body, parentId: $parentId) {
      ...CommentFields
    }
  }
`);
