import { graphql } from '../../../../gql';

export const SetWebhookEndpointActiveDocument = graphql(`
  mutation SetWebhookEndpointActive($id: ID!, $active: Boolean!) {
    setWebhookEndpointActive(id: $id, active: $active) {
      id
      active
    }
  }
`);
