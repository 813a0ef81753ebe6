import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { NotificationSettingsFieldsFragment, NotificationSettingsInput } from '../../gql/graphql';
import { NotificationSettingsDocument } from './api/notificationSettings';
import { UpdateNotificationSettingsDocument } from './api/updateNotificationSettings';

/**
 * Saves a change of language or e-mail choices, showing it at once. The settings have no id, so
 * the answer is written to the cached `notificationSettings` here rather than normalized.
 */
export function useUpdateNotificationSettings() {
  const [mutate, state] = useMutation(UpdateNotificationSettingsDocument, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: NotificationSettingsDocument, data: { notificationSettings: data.updateNotificationSettings } });
    },
  });
  const update = useCallback(
    (input: NotificationSettingsInput, current?: NotificationSettingsFieldsFragment) =>
      mutate({
        variables: { input },
        optimisticResponse: current
          ? {
              updateNotificationSettings: {
                ...current,
                language: input.language ?? current.language,
                emailKinds: input.emailKinds ?? current.emailKinds,
              },
            }
          : undefined,
      }),
    [mutate],
  );
  return [update, state] as const;
}
