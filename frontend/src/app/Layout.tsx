import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration } from 'react-router';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { Toaster } from '../components/Toaster';
import { paths } from '../lib/paths';
import { useViewer } from '../lib/session/ViewerContext';
import { AccountMenu } from './AccountMenu';

export function Layout() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const suspended = viewer?.suspendedUntil && new Date(viewer.suspendedUntil) > new Date();
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {t('nav.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to={paths.home()} className="app-header__logo">
            <span className="app-header__mark" aria-hidden="true" />
            <span className="app-header__name">{t('app.name')}</span>
          </Link>
          <div className="app-header__tools">
            <LanguageSwitcher />
            <AccountMenu />
          </div>
        </div>
      </header>
      {suspended && viewer?.suspendedUntil && (
        <p className="app-banner" role="status">
          {t('auth.suspendedBanner')}
        </p>
      )}
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
      <Toaster />
      <ScrollRestoration />
    </div>
  );
}
