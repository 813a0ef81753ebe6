import { graphql } from '../../../../gql';

export const CreateWebhookEndpointDocument = graphql(`
  mutation CreateWebhookEndpoint($url: String!, $events: [String!]!) {
    createWebhookEndpoint(url: $url, events: $events) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);
