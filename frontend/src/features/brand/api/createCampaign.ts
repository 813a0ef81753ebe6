import { graphql } from '../../../gql';

export const CreateCampaignDocument = graphql(`
  mutation CreateCampaign($input: CampaignInput!) {
    createCampaign(input: $input) {
      ...CampaignPageFields
    }
  }
`);
