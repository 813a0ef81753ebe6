import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RelativeTime } from '../../../components/RelativeTime';
import type { NotificationFieldsFragment } from '../../../gql/graphql';
import { safeNextPath } from '../../../lib/paths';

interface NotificationItemProps {
  notification: NotificationFieldsFragment;
  onRead: (id: string) => void;
}

/** Only same-site paths are followed; anything else shows the notification without a link. */
function sameSitePath(link: string | null): string | null {
  return link && safeNextPath(link) === link ? link : null;
}

/**
 * One notification: the title (with a "New" badge while unread, so unread is not told by colour
 * alone), the body, and when. Opening it marks it read.
 */
export function NotificationItem({ notification, onRead }: NotificationItemProps) {
  const { t } = useTranslation();
  const { id, title, body, read, createdAt } = notification;
  const target = sameSitePath(notification.link);
  const markRead = () => {
    if (!read) onRead(id);
  };
  const content = (
    <>
      <span className="notification__title">
        {!read && <span className="badge badge--new">{t('notifications.new')}</span>} {title}
      </span>
      {body && <span className="notification__body">{body}</span>}
    </>
  );
  return (
    <div className={read ? 'card notification' : 'card notification notification--unread'} data-testid="notification">
      {target ? (
        <Link to={target} className="notification__link" onClick={markRead}>
          {content}
        </Link>
      ) : (
        <div className="notification__link">{content}</div>
      )}
      <p className="cluster notification__meta">
        <RelativeTime iso={createdAt} />
        {!read && (
          <button type="button" className="text-button" onClick={markRead}>
            {t('notifications.markRead')}
            <span className="visually-hidden"> {title}</span>
          </button>
        )}
      </p>
    </div>
  );
}
