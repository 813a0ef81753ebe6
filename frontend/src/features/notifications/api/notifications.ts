import { graphql } from '../../../gql';

/** The inbox, newest first; pages after the first are merged into the same cached list. */
export const NotificationsDocument = graphql(`
  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      unreadCount
      nodes {
        ...NotificationFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
