import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Avatar } from '../components/Avatar';
import { paths } from '../lib/paths';
import { canManageCampaigns, canModerate } from '../lib/session/roles';
import { useViewer } from '../lib/session/ViewerContext';

/** The signed-in person's name, always visible, opening their links and "Log out". */
export function AccountMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { viewer, loading, signOut } = useViewer();
  const details = useRef<HTMLDetailsElement>(null);

  // Close the menu whenever we navigate.
  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [location.pathname]);

  if (loading) return <span className="account-menu__placeholder" aria-hidden="true" />;
  if (!viewer) {
    return (
      <div className="account-menu account-menu--signed-out">
        <Link to={paths.login(location.pathname === '/login' ? undefined : location.pathname)} className="button button--primary button--small">
          {t('nav.login')}
        </Link>
      </div>
    );
  }

  const logOut = async () => {
    navigate(paths.home());
    await signOut();
  };

  return (
    <details ref={details} className="account-menu">
      {/* Named by what it shows (the person's name) plus what it is, so voice control finds it by the name on screen. */}
      <summary className="account-menu__summary">
        <Avatar name={viewer.displayName} url={viewer.avatarUrl} />
        <span className="account-menu__name" data-testid="viewer-name">
          {viewer.displayName}
        </span>
        <span className="visually-hidden"> {t('nav.accountMenuHint')}</span>
      </summary>
      <ul className="account-menu__list">
        <li>
          <Link to={paths.myStories()}>{t('nav.myStories')}</Link>
        </li>
        <li>
          <Link to={paths.points()}>{t('nav.points')}</Link>
        </li>
        <li>
          <Link to={paths.account()}>{t('nav.account')}</Link>
        </li>
        {canModerate(viewer) && (
          <li>
            <Link to={paths.moderationQueue()}>{t('nav.moderation')}</Link>
          </li>
        )}
        {canManageCampaigns(viewer) && (
          <li>
            <Link to={paths.brandCampaigns()}>{t('nav.brand')}</Link>
          </li>
        )}
        <li>
          <button type="button" className="account-menu__logout" onClick={() => void logOut()}>
            {t('nav.logout')}
          </button>
        </li>
      </ul>
    </details>
  );
}
