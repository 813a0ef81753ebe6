import { graphql } from '../../../gql';

export const NotificationAddedDocument = graphql(`
  subscription NotificationAdded($after: ID) {
    notificationAdded(after: $after) {
      ...NotificationFields
    }
  }
`);
