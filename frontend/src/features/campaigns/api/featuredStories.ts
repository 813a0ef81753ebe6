import { graphql } from '../../../gql';

export const FeaturedStoriesDocument = graphql(`
  query FeaturedStories($campaignId: ID!, $first: Int) {
    feed(campaignId: $campaignId, sort: FEATURED, first: $first) {
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
