import { graphql } from '../../../gql';

export const NotificationSettingsFields = graphql(`
  fragment NotificationSettingsFields on NotificationSettings {
    language
    emailKinds
    mailableKinds
  }
`);

export const NotificationSettingsDocument = graphql(`
  query NotificationSettings {
    notificationSettings {
      ...NotificationSettingsFields
    }
  }
`);
