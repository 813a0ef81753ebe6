import type { NotificationFieldsFragment, NotificationSettingsFieldsFragment } from '../../../gql/graphql';
import { NotificationAddedDocument } from '../api/notificationAdded';
import { NotificationBellDocument } from '../api/notificationBell';
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

/** The settings in the app's language (English in tests), so no sync is needed unless a test asks. */
export function testSettings(overrides: Partial<NotificationSettingsFieldsFragment> = {}): NotificationSettingsFieldsFragment {
  return {
    __typename: 'NotificationSettings',
    language: 'en',
    emailKinds: ['STORY_REJECTED', 'STORY_REMOVED', 'PRIZE_WON'],
    mailableKinds: ['STORY_REJECTED', 'STORY_REMOVED', 'PRIZE_WON', 'ACCOUNT_SUSPENDED', 'DATA_EXPORT_READY'],
    ...overrides,
  };
}

export function settingsMock(overrides: Partial<NotificationSettingsFieldsFragment> = {}) {
  return { request: { query: NotificationSettingsDocument }, result: { data: { notificationSettings: testSettings(overrides) } } };
}

/** The header's query: the unread count and the server's language; `uses` when it is read again. */
export function bellMock(unreadCount: number, { language = 'en', uses = 1 }: { language?: string; uses?: number } = {}) {
  return {
    request: { query: NotificationBellDocument },
    maxUsageCount: uses,
    result: {
      data: {
        notifications: { __typename: 'NotificationConnection' as const, unreadCount },
        notificationSettings: testSettings({ language }),
      },
    },
  };
}

/** The bell's live feed, open and silent. */
export const quietFeedMock = { request: { query: NotificationAddedDocument }, delay: Infinity };
