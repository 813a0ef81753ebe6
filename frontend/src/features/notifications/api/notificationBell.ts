import { graphql } from '../../../gql';

/**
 * What the header needs on every page, in one request: the bell's number and the language the
 * server writes in (for useNotificationLanguageSync; the inbox's e-mail settings then read it
 * from the cache). `first: 1` keeps the server's page tiny and gives the count its own cache
 * entry (the cache keys notifications by `first`), so it never replaces the inbox's list.
 */
export const NotificationBellDocument = graphql(`
  query NotificationBell {
    notifications(first: 1) {
      unreadCount
    }
    notificationSettings {
      ...NotificationSettingsFields
    }
  }
`);
