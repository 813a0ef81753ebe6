import { useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { paths } from '../../../lib/paths';
import { PendingStoryCountDocument } from '../api/pendingStoryCount';
import { StorySubmittedDocument } from '../api/storySubmitted';

/** Other moderators' decisions are not pushed: re-read the count this often as a backstop. */
const COUNT_REFRESH_MS = 30_000;

/**
 * How many stories wait, beside "Queue": one more the moment a story is submitted (pushed), one
 * fewer after each decision (useModerateStory re-reads it), and re-read every 30 s.
 */
function PendingBadge() {
  const { t } = useTranslation();
  const { data, client } = useQuery(PendingStoryCountDocument, { pollInterval: COUNT_REFRESH_MS });
  useSubscription(StorySubmittedDocument, {
    variables: { campaignId: null },
    onData: () => {
      client.cache.updateQuery({ query: PendingStoryCountDocument }, (current) =>
        current ? { pendingStoryCount: current.pendingStoryCount + 1 } : current,
      );
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
