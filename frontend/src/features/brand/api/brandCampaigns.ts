import { graphql } from '../../../gql';

/** Without a status filter, staff see every campaign including drafts. */
export const BrandCampaignsDocument = graphql(`
  query BrandCampaigns($first: Int, $after: String) {
    campaigns(first: $first, after: $after) {
      nodes {
        ...CampaignPageFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
