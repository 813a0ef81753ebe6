import { graphql } from '../../../gql';

export const SearchStoriesDocument = graphql(`
  query SearchStories($query: String!, $campaignId: ID, $first: Int, $after: String) {
    searchStories(query: $query, campaignId: $campaignId, first: $first, after: $after) {
      nodes {
        ...StoryCardFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
