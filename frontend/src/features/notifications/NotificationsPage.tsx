import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PagedList } from '../../components/PagedList';
import { NotificationsDocument } from './api/notifications';
import { EmailSettings } from './components/EmailSettings';
import { NotificationItem } from './components/NotificationItem';
import { useMarkNotificationsRead } from './useMarkNotificationsRead';

const PAGE_SIZE = 20;

/** The signed-in person's inbox, newest first, with what comes by e-mail. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const query = useQuery(NotificationsDocument, {
    variables: { unreadOnly, first: PAGE_SIZE },
    // New ones arrive live, but reads on other devices do not: show the cache, then the news.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const markRead = useMarkNotificationsRead();
  const inbox = query.data?.notifications;
  const unreadCount = inbox?.unreadCount ?? 0;

  return (
    <div className="page page--narrow inbox">
      <div className="section-heading">
        <h1 className="page-title">{t('notifications.title')}</h1>
        {inbox && <p className="muted">{t('notifications.unreadCount', { count: unreadCount })}</p>}
      </div>
      <EmailSettings />
      <div className="cluster inbox__toolbar">
        <button type="button" className="button button--secondary button--small" aria-pressed={unreadOnly} onClick={() => setUnreadOnly((only) => !only)}>
          {t('notifications.unreadOnly')}
        </button>
        <button type="button" className="button button--secondary button--small" disabled={unreadCount === 0} onClick={() => void markRead()}>
          {t('notifications.markAllRead')}
        </button>
      </div>
      <PagedList
        page={inbox}
        query={query}
        empty={<EmptyState title={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}>{!unreadOnly && t('notifications.emptyHint')}</EmptyState>}
      >
        {(notifications) => (
          <ul className="stack stack--tight inbox__list">
            {notifications.map((notification) => (
              <li key={notification.id}>
                <NotificationItem notification={notification} onRead={(id) => void markRead([id])} />
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </div>
  );
}
