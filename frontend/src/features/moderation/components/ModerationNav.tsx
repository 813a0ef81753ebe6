import { useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { paths } from '../../../lib/paths';
import { PendingStoryCountDocument } from '../api/pendingStoryCount';
import { PendingStoryCountChangedDocument } from '../api/pendingStoryCountChanged';

/** A backstop for a dropped socket: the count is pushed, this only re-reads it now and then. */
const COUNT_REFRESH_MS = 60_000;

/**
 * How many stories wait, beside "Queue", live: the server pushes the count whenever a story
 * enters or leaves the queue (any moderator's decision, on any instance), at most once a second.
 */
function PendingBadge() {
  const { t } = useTranslation();
  const { data, client } = useQuery(PendingStoryCountDocument, { pollInterval: COUNT_REFRESH_MS });
  useSubscription(PendingStoryCountChangedDocument, {
    onData: ({ data: pushed }) => {
      const count = pushed.data?.pendingStoryCountChanged;
      if (count !== undefined) client.cache.writeQuery({ query: PendingStoryCountDocument, data: { pendingStoryCount: count } });
    },
  });
  const count = data?.pendingStoryCount;
  if (count === undefined) return null;
  return (
    <>
      <span className="subnav__count" aria-hidden="true" data-testid="pending-count">
        {count > 99 ? '99+' : count}
      </span>
      <span className="visually-hidden"> ({t('moderation.nav.pending', { count })})</span>
    </>
  );
}

/** The moderators' area: queue, reports and log side by side. */
export function ModerationLayout() {
  const { t } = useTranslation();
  const links = [
    { to: paths.moderationQueue(), label: t('moderation.nav.queue'), end: true, badge: <PendingBadge /> },
    { to: paths.moderationReports(), label: t('moderation.nav.reports'), end: false, badge: null },
    { to: paths.moderationLog(), label: t('moderation.nav.log'), end: false, badge: null },
    { to: paths.moderationLikes(), label: t('moderation.nav.likes'), end: false, badge: null },
  ];
  return (
    <div className="page moderation">
      <nav className="subnav" aria-label={t('moderation.nav.label')}>
        {links.map((link) => (
          <NavLink key={link.to} to={link.to} end={link.end} className="subnav__link">
            {link.label}
            {link.badge}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}
