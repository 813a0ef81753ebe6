import { graphql } from '../../../gql';

export const CommentAddedDocument = graphql(`
  subscription CommentAdded($storyId: ID!) {
    commentAdded(storyId: $storyId) {
      ...CommentFields
    }
  }
`);
