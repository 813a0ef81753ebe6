import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getNotices } from '../../../../lib/notices';
import { renderWithProviders, testViewer } from '../../../../testing/renderWithProviders';
import { NotificationAddedDocument } from '../../api/notificationAdded';
import { UpdateNotificationSettingsDocument } from '../../api/updateNotificationSettings';
import { bellMock, quietFeedMock, testNotification } from '../../__tests__/notificationBuilders';
import { NotificationBell } from '../NotificationBell';

describe('NotificationBell', () => {
  it('shows the unread count and says it in its name', async () => {
    renderWithProviders(<NotificationBell />, { viewer: testViewer(), mocks: [bellMock(3), quietFeedMock] });
    expect(await screen.findByTestId('notification-count')).toHaveTextContent('3');
    const bell = screen.getByRole('link', { name: 'Notifications, 3 unread' });
    expect(bell).toHaveAttribute('href', '/me/notifications');
  });

  it('caps the badge at 99+ while the name keeps the number', async () => {
    renderWithProviders(<NotificationBell />, { viewer: testViewer(), mocks: [bellMock(250), quietFeedMock] });
    expect(await screen.findByTestId('notification-count')).toHaveTextContent('99+');
    expect(screen.getByRole('link', { name: 'Notifications, 250 unread' })).toBeInTheDocument();
  });

  it('shows no badge with nothing unread, and nothing at all when signed out', async () => {
    const { unmount } = renderWithProviders(<NotificationBell />, { viewer: testViewer(), mocks: [bellMock(0), quietFeedMock] });
    expect(await screen.findByRole('link', { name: 'Notifications' })).toBeInTheDocument();
    expect(screen.queryByTestId('notification-count')).not.toBeInTheDocument();
    unmount();
    renderWithProviders(<NotificationBell />);
    expect(screen.queryByTestId('notification-bell')).not.toBeInTheDocument();
  });

  it('counts a notification pushed live and says it came', async () => {
    const pushed = testNotification({ id: 'n-live', title: 'Your story was not approved' });
    renderWithProviders(<NotificationBell />, {
      viewer: testViewer(),
      mocks: [
        bellMock(3),
        { request: { query: NotificationAddedDocument }, result: { data: { notificationAdded: pushed } }, delay: 300 },
      ],
    });
    expect(await screen.findByRole('link', { name: 'Notifications, 4 unread' })).toBeInTheDocument();
    expect(screen.getByTestId('notification-count')).toHaveTextContent('4');
    expect(getNotices().map((notice) => notice.message)).toContain('New notification: Your story was not approved');
  });

  it("tells the server the app's language when it holds another", async () => {
    const saved = vi.fn(() => ({
      data: {
        updateNotificationSettings: {
          __typename: 'NotificationSettings' as const,
          language: 'en',
          emailKinds: [],
          mailableKinds: [],
        },
      },
    }));
    renderWithProviders(<NotificationBell />, {
      viewer: testViewer(),
      mocks: [
        // Read again once the server has the new language (the inbox's words changed).
        bellMock(0, { language: 'zh-CN', uses: 2 }),
        quietFeedMock,
        { request: { query: UpdateNotificationSettingsDocument, variables: { input: { language: 'en' } } }, result: saved },
      ],
    });
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
  });
});
