import { graphql } from '../../../gql';

/** The settings have no id, so the result is written back to `notificationSettings` by hand (useUpdateNotificationSettings). */
export const UpdateNotificationSettingsDocument = graphql(`
  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      ...NotificationSettingsFields
    }
  }
`);
