import { graphql } from '../../../../gql';

export const DrawWinnersDocument = graphql(`
  mutation DrawWinners($campaignId: ID!) {
    drawWinners(campaignId: $campaignId) {
      ...FinaleResultsFields
    }
  }
`);
