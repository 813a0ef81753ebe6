import { graphql } from '../../../gql';

export const UpdateCampaignDocument = graphql(`
  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, input: $input) {
      ...CampaignPageFields
    }
  }
`);
