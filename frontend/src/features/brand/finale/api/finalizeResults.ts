import { graphql } from '../../../../gql';

export const FinalizeResultsDocument = graphql(`
  mutation FinalizeResults($campaignId: ID!) {
    finalizeResults(campaignId: $campaignId) {
      ...FinaleResultsFields
    }
  }
`);
