import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { Loading } from '../components/Loading';
import { Toaster } from '../components/Toaster';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { SearchBox } from '../features/search/components/SearchBox';
import { paths } from '../lib/paths';
import { describeSuspension } from '../lib/errors';
import { useSuspension } from '../lib/session/useSuspension';
import { useLocale } from '../lib/useLocale';
import { AccountMenu } from './AccountMenu';
import { ScrollRestoration } from './ScrollRestoration';

export function Layout() {
  const { t } = useTranslation();
  const locale = useLocale();
  const suspendedUntil = useSuspension();
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
            <SearchBox compact />
            <LanguageSwitcher />
            <NotificationBell />
            <AccountMenu />
          </div>
        </div>
      </header>
      {/* The one message about a suspension, with its end (the server's, from the refusal or the account). */}
      {suspendedUntil && (
        <p className="app-banner" role="status" data-testid="suspension-banner">
          {describeSuspension(suspendedUntil, t, locale)}
        </p>
      )}
      <main id="main" className="app-main" tabIndex={-1}>
        {/* A page's code still downloading: the placeholder on a first visit; a link followed keeps the page shown until it is in. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
      <Toaster />
      <ScrollRestoration />
    </div>
  );
}
