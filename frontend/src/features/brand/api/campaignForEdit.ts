import { graphql } from '../../../gql';

export const CampaignForEditDocument = graphql(`
  query CampaignForEdit($id: ID!) {
    campaign(id: $id) {
      ...CampaignPageFields
      licenceText
      products {
        sku
        name
        url
      }
    }
  }
`);
