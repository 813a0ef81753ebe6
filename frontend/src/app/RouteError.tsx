import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState';
import { paths } from '../lib/paths';

/**
 * What a route's error boundary (RouteErrorBoundary) shows: a crash in one page shows a calm
 * message in place of that page, with the header and navigation still working.
 */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <div className="page" role="alert">
      <EmptyState
        pageHeading
        title={t('errors.pageCrashed')}
        action={
          <span className="button-row">
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              {t('errors.reload')}
            </button>
            <Link to={paths.home()} className="button button--secondary" reloadDocument>
              {t('common.backHome')}
            </Link>
          </span>
        }
      >
        {t('errors.pageCrashedHint')}
      </EmptyState>
    </div>
  );
}
