import { graphql } from '../../../gql';

export const CampaignResultsDocument = graphql(`
  query CampaignResults($campaignId: ID!) {
    campaignResults(campaignId: $campaignId) {
      ...CampaignResultsFields
    }
  }
`);
