import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { paths } from '../../lib/paths';

/** The brand console: campaigns (with their editors and dashboards), the word list and webhooks. */
export function BrandLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // Everything under /brand except the word list belongs to "Campaigns".
  const onTerms = pathname.startsWith(paths.brandTerms()) || pathname.startsWith(paths.brandWebhooks());
  return (
    <div className="stack stack--loose brand-area">
      <nav className="subnav" aria-label={t('brand.nav.label')}>
        <Link to={paths.brandCampaigns()} className={onTerms ? 'subnav__link' : 'subnav__link active'} aria-current={onTerms ? undefined : 'page'}>
          {t('brand.nav.campaigns')}
        </Link>
        <NavLink to={paths.brandTerms()} className="subnav__link">
          {t('brand.nav.terms')}
        </NavLink>
        <NavLink to={paths.brandWebhooks()} className="subnav__link">
          {t('brand.nav.webhooks')}
        </NavLink>
      </nav>
      <Outlet />
    </div>
  );
}
