import { graphql } from '../../../../gql';

export const WebhookDeliveryFields = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    eventId
    event
    status
    attempts
    responseStatus
    responseTimeMs
    lastError
    createdAt
  }
`);

/** One endpoint's delivery log, newest first. */
export const WebhookDeliveriesDocument = graphql(`
  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {
    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {
      nodes {
        ...WebhookDeliveryFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
