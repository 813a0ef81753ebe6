import { graphql } from '../../../gql';

export const MyStoriesDocument = graphql(`
  query MyStories($first: Int, $after: String) {
    myStories(first: $first, after: $after) {
      nodes {
        ...MyStoryFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
