import { graphql } from '../../../../gql';

export const DisqualifyWinnerDocument = graphql(`
  mutation DisqualifyWinner($winnerId: ID!, $reason: String!) {
    disqualifyWinner(winnerId: $winnerId, reason: $reason) {
      ...FinaleResultsFields
    }
  }
`);
