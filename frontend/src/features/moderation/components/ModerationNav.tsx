import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { paths } from '../../../lib/paths';

/** The moderators' area: queue, reports and log side by side. */
export function ModerationLayout() {
  const { t } = useTranslation();
  const links = [
    { to: paths.moderationQueue(), label: t('moderation.nav.queue'), end: true },
    { to: paths.moderationReports(), label: t('moderation.nav.reports'), end: false },
    { to: paths.moderationLog(), label: t('moderation.nav.log'), end: false },
  ];
  return (
    <div className="page moderation">
      <nav className="subnav" aria-label={t('moderation.nav.label')}>
        {links.map((link) => (
          <NavLink key={link.to} to={link.to} end={link.end} className="subnav__link">
            {link.label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}
