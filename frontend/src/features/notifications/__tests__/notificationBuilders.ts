import type { NotificationFieldsFragment, NotificationSettingsFieldsFragment } from '../../../gql/graphql';
import { NotificationAddedDocument } from '../api/notificationAdded';
import { NotificationSettingsDocument } from '../api/notificationSettings';

/** A notification as the server sends it; each test says only what matters to it. */
export function testNotification(overrides: Partial<NotificationFieldsFragment> = {}): NotificationFieldsFragment {
  return {
    __typename: 'Notification',
    id: 'n1',
    kind: 'STORY_APPROVED',
    title: 'Your story is live',
    body: '“Tea at dawn” was approved and is now in the campaign.',
    link: '/stories/s1',
    read: false,
    createdAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
    story: { __typename: 'Story', id: 's1', title: 'Tea at dawn' },
    comment: null,
    ...overrides,
  };
}

/** The settings query, answered with the app's language so no sync is needed unless a test asks. */
export function settingsMock(overrides: Partial<NotificationSettingsFieldsFragment> = {}) {
  return {
    request: { query: NotificationSettingsDocument },
    result: {
      data: {
        notificationSettings: {
          __typename: 'NotificationSettings' as const,
          language: 'en',
          emailKinds: ['STORY_REJECTED', 'STORY_REMOVED', 'PRIZE_WON'],
          mailableKinds: ['STORY_REJECTED', 'STORY_REMOVED', 'PRIZE_WON', 'ACCOUNT_SUSPENDED', 'DATA_EXPORT_READY'],
          ...overrides,
        } satisfies NotificationSettingsFieldsFragment,
      },
    },
  };
}

/** The bell's live feed, open and silent. */
export const quietFeedMock = { request: { query: NotificationAddedDocument }, delay: Infinity };
