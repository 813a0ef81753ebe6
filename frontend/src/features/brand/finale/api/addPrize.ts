import { graphql } from '../../../../gql';

export const AddPrizeDocument = graphql(`
  mutation AddPrize($campaignId: ID!, $input: PrizeInput!) {
    addPrize(campaignId: $campaignId, input: $input) {
      ...PrizeFields
    }
  }
`);
