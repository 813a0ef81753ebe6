import { graphql } from '../../../gql';

/** The home page's lists: running campaigns, and the archive of ended ones below them. */
export const CampaignsByStatusDocument = graphql(`
  query CampaignsByStatus($status: CampaignStatus!, $first: Int, $after: String) {
    campaigns(status: $status, first: $first, after: $after) {
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
        leaderboardFrozenAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
