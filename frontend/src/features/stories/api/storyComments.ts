import { graphql } from '../../../gql';

/** Older pages of a story's comments; merged into the same cached list. */
export const StoryCommentsDocument = graphql(`
  query StoryComments($id: ID!, $after: String) {
    story(id: $id) {
      id
      comments(first: 20, after: $after) {
        nodes {
          ...CommentFields
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);
