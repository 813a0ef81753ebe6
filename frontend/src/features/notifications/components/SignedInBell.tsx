import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { BellIcon } from '../../../components/icons';
import { notify } from '../../../lib/notices';
import { paths } from '../../../lib/paths';
import { NotificationAddedDocument } from '../api/notificationAdded';
import { NotificationBellDocument } from '../api/notificationBell';
import { addNotificationToCache } from '../notificationsCache';
import { useNotificationLanguageSync } from '../useNotificationLanguageSync';

/** The bell of the person signed in: unread count, live arrivals, re-read on return to the tab. */
export function SignedInBell() {
  const { t } = useTranslation();
  const location = useLocation();
  const onInbox = location.pathname === paths.notifications();
  const { data, refetch } = useQuery(NotificationBellDocument);
  useNotificationLanguageSync(data?.notificationSettings.language);

  useSubscription(NotificationAddedDocument, {
    // Written to the cache by addNotificationToCache alone, which tells a new one from a repeat.
    fetchPolicy: 'no-cache',
    onData: ({ client, data: pushed }) => {
      const notification = pushed.data?.notificationAdded;
      if (!notification) return;
      const isNew = addNotificationToCache(client.cache, notification);
      // On the inbox it appears at the top of the list; elsewhere a short word says it came.
      if (isNew && !onInbox) notify('info', t('notifications.toast', { title: notification.title }));
    },
  });

  // Reads in another tab or device are not pushed: coming back to this tab re-reads the count.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refetch().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refetch]);

  const count = data?.notifications.unreadCount ?? 0;
  return (
    <NavLink
      to={paths.notifications()}
      className="icon-button notification-bell"
      aria-label={count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell')}
      data-testid="notification-bell"
    >
      <BellIcon />
      {count > 0 && (
        <span className="notification-bell__count" aria-hidden="true" data-testid="notification-count">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </NavLink>
  );
}
