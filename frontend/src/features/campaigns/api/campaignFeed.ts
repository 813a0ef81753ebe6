import { graphql } from '../../../gql';

export const CampaignFeedDocument = graphql(`
  query CampaignFeed($campaignId: ID!, $sort: FeedSort!, $first: Int, $after: String) {
    feed(campaignId: $campaignId, sort: $sort, first: $first, after: $after) {
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
