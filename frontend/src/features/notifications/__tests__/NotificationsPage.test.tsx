import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { NotificationFieldsFragment } from '../../../gql/graphql';
import i18n from '../../../i18n';
import { renderWithProviders, testViewer, IN_FLIGHT_MS } from '../../../testing/renderWithProviders';
import { MarkNotificationsReadDocument } from '../api/markNotificationsRead';
import { NotificationsDocument } from '../api/notifications';
import { UpdateNotificationSettingsDocument } from '../api/updateNotificationSettings';
import { NotificationBell } from '../components/NotificationBell';
import { NotificationsPage } from '../NotificationsPage';
import { bellMock, quietFeedMock, settingsMock, testNotification } from './notificationBuilders';

function pageMock(
  nodes: NotificationFieldsFragment[],
  { unreadCount, after = null, hasNextPage = false, unreadOnly = false }: { unreadCount: number; after?: string | null; hasNextPage?: boolean; unreadOnly?: boolean },
) {
  return {
    request: { query: NotificationsDocument, variables: after ? { unreadOnly, first: 20, after } : { unreadOnly, first: 20 } },
    result: {
      data: {
        notifications: {
          __typename: 'NotificationConnection' as const,
          unreadCount,
          nodes,
          pageInfo: { __typename: 'PageInfo' as const, endCursor: nodes.at(-1)?.id ?? null, hasNextPage },
        },
      },
    },
  };
}

const rejected = testNotification({
  id: 'n2',
  kind: 'STORY_REJECTED',
  title: 'Your story was not approved',
  body: '“Tea at dawn”: The photos show another brand. You can edit it and send it again.',
  link: '/me/stories',
});
const approved = testNotification({ id: 'n1', read: true });

function renderPage(mocks: ReadonlyArray<object>) {
  return renderWithProviders(<NotificationsPage />, { route: '/me/notifications', viewer: testViewer(), mocks: [settingsMock(), ...(mocks as [])] });
}

describe('NotificationsPage', () => {
  it('lists notifications newest first, the unread one marked in words, each linking where it leads', async () => {
    renderPage([pageMock([rejected, approved], { unreadCount: 1 })]);
    const items = await screen.findAllByTestId('notification');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByRole('link', { name: /New.*Your story was not approved.*another brand/ })).toHaveAttribute('href', '/me/stories');
    expect(within(items[1]).queryByText('New')).not.toBeInTheDocument();
    expect(screen.getByText('1 unread')).toBeInTheDocument();
  });

  it('marks a notification read the moment it is opened, before the server answers', async () => {
    const user = userEvent.setup();
    renderPage([
      pageMock([rejected, approved], { unreadCount: 1 }),
      { request: { query: MarkNotificationsReadDocument, variables: { ids: ['n2'] } }, result: { data: { markNotificationsRead: 1 } }, delay: 10_000 },
    ]);
    await user.click(await screen.findByRole('link', { name: /Your story was not approved/ }));
    expect(screen.queryByText('New')).not.toBeInTheDocument();
    expect(screen.getByText('0 unread')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark all as read' })).toBeDisabled();
  });

  it('puts it back when the server refuses', async () => {
    const user = userEvent.setup();
    renderPage([
      pageMock([rejected], { unreadCount: 1 }),
      { request: { query: MarkNotificationsReadDocument, variables: { ids: ['n2'] } }, error: new Error('offline'), delay: IN_FLIGHT_MS },
    ]);
    await user.click(await screen.findByRole('button', { name: /^Mark as read\s*Your story was not approved$/ }));
    expect(screen.queryByText('New')).not.toBeInTheDocument();
    expect(await screen.findByText('New')).toBeInTheDocument();
    expect(screen.getByText('1 unread')).toBeInTheDocument();
  });

  it('marks all as read at once', async () => {
    const user = userEvent.setup();
    const other = testNotification({ id: 'n3', title: '10 likes!', kind: 'LIKE_MILESTONE' });
    renderPage([
      pageMock([other, rejected, approved], { unreadCount: 5 }),
      { request: { query: MarkNotificationsReadDocument, variables: { ids: null } }, result: { data: { markNotificationsRead: 5 } }, delay: 10_000 },
    ]);
    expect(await screen.findAllByText('New')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(screen.queryByText('New')).not.toBeInTheDocument();
    expect(screen.getByText('0 unread')).toBeInTheDocument();
  });

  it('loads the next page after the last one shown', async () => {
    const user = userEvent.setup();
    const older = testNotification({ id: 'n0', title: 'Thanks for your report', kind: 'REPORT_RESOLVED', link: null, read: true });
    renderPage([
      pageMock([rejected, approved], { unreadCount: 1, hasNextPage: true }),
      pageMock([older], { unreadCount: 1, after: 'n1' }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Thanks for your report')).toBeInTheDocument();
    expect(screen.getAllByTestId('notification')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('shows only unread ones when asked, and says when there are none', async () => {
    const user = userEvent.setup();
    renderPage([pageMock([approved], { unreadCount: 0 }), pageMock([], { unreadCount: 0, unreadOnly: true })]);
    await screen.findAllByTestId('notification');
    await user.click(screen.getByRole('button', { name: 'Unread only' }));
    expect(screen.getByRole('button', { name: 'Unread only' })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByText('You’re all caught up: nothing unread.')).toBeInTheDocument();
  });

  it('says so when the inbox is empty', async () => {
    renderPage([pageMock([], { unreadCount: 0 })]);
    expect(await screen.findByText('No notifications yet')).toBeInTheDocument();
  });

  it('offers a retry when the inbox cannot be read', async () => {
    renderPage([{ request: { query: NotificationsDocument, variables: { unreadOnly: false, first: 20 } }, error: new Error('offline') }]);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument());
  });

  it('chooses which kinds come by e-mail, saying the inbox gets them all anyway', async () => {
    const user = userEvent.setup();
    const saved = vi.fn(() => ({
      data: {
        updateNotificationSettings: {
          __typename: 'NotificationSettings' as const,
          language: 'en',
          emailKinds: ['STORY_REJECTED', 'STORY_REMOVED', 'PRIZE_WON', 'ACCOUNT_SUSPENDED'] as const,
          mailableKinds: ['STORY_REJECTED', 'STORY_REMOVED', 'PRIZE_WON', 'ACCOUNT_SUSPENDED', 'DATA_EXPORT_READY'] as const,
        },
      },
    }));
    renderPage([
      pageMock([], { unreadCount: 0 }),
      {
        request: {
          query: UpdateNotificationSettingsDocument,
          variables: { input: { emailKinds: ['STORY_REJECTED', 'STORY_REMOVED', 'PRIZE_WON', 'ACCOUNT_SUSPENDED'] } },
        },
        result: saved,
      },
    ]);
    await user.click(screen.getByText('E-mail settings'));
    expect(screen.getByText(/Everything always comes to this inbox/)).toBeVisible();
    expect(await screen.findByRole('checkbox', { name: 'my story is not approved (with the reason)' })).toBeChecked();
    const suspended = screen.getByRole('checkbox', { name: 'my account is suspended' });
    expect(suspended).not.toBeChecked();
    await user.click(suspended);
    expect(suspended).toBeChecked();
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
  });

  it('reads the inbox again in the new language when the person switches', async () => {
    const chinese = testNotification({ id: 'n2', kind: 'STORY_REJECTED', title: '你的故事未通过审核', body: null, link: '/me/stories' });
    const switched = vi.fn(() => ({
      data: {
        updateNotificationSettings: { __typename: 'NotificationSettings' as const, language: 'zh-CN', emailKinds: [], mailableKinds: [] },
      },
    }));
    renderWithProviders(
      <>
        <NotificationBell />
        <NotificationsPage />
      </>,
      {
        route: '/me/notifications',
        viewer: testViewer(),
        mocks: [
          settingsMock(),
          quietFeedMock,
          bellMock(1, { uses: 2 }),
          pageMock([rejected], { unreadCount: 1 }),
          { request: { query: UpdateNotificationSettingsDocument, variables: { input: { language: 'zh-CN' } } }, result: switched },
          pageMock([chinese], { unreadCount: 1 }),
        ],
      },
    );
    expect(await screen.findByRole('link', { name: /Your story was not approved/ })).toBeInTheDocument();
    await act(() => i18n.changeLanguage('zh-CN'));
    expect(await screen.findByRole('link', { name: /你的故事未通过审核/ })).toBeInTheDocument();
    expect(switched).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: '通知，1 条未读' })).toBeInTheDocument();
  });
});
