import { graphql } from '../../../gql';

export const ActiveCampaignsDocument = graphql(`
  query ActiveCampaigns($first: Int, $after: String) {
    campaigns(status: ACTIVE, first: $first, after: $after) {
      nodes {
        id
        slug
        title
        description
        hashtag
        coverImageUrl
        startsAt
        endsAt
        status
        storyCount
        participantCount
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
