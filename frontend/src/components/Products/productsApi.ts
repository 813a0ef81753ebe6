import { graphql } from '../../gql';

export const CampaignProductsDocument = graphql(`
  query CampaignProducts($id: ID!) {
    campaign(id: $id) {
      id
      products {
        sku
        name
        url
      }
    }
  }
`);

export const TagProductsDocument = graphql(`
  mutation TagProducts($storyId: ID!, $products: [ProductTagInput!]!) {
    tagProducts(storyId: $storyId, products: $products) {
      id
      products {
        sku
        name
        url
      }
    }
  }
`);

export const SetCampaignProductsDocument = graphql(`
  mutation SetCampaignProducts($campaignId: ID!, $products: [ProductTagInput!]!) {
    setCampaignProducts(campaignId: $campaignId, products: $products) {
      id
      products {
        sku
        name
        url
      }
    }
  }
`);
