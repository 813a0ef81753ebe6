import { graphql } from '../../../gql';

export const CommentAddedDocument = graphql(`
  subscription CommentAdded($storyId: ID!, $after: ID) {
    commentAdded(storyId: $storyId, after: $after) {
      ...CommentFields
    }
  }
`);
