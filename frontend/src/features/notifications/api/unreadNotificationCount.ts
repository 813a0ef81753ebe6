import { graphql } from '../../../gql';

/**
 * The bell's number. `first: 1` keeps the server's page tiny and gives the count its own cache
 * entry (the cache keys notifications by `first`), so it never replaces the inbox's list.
 */
export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    notifications(first: 1) {
      unreadCount
    }
  }
`);
