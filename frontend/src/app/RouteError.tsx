import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { EmptyState } from '../components/EmptyState';
import { paths } from '../lib/paths';
import { NotFoundPage } from './NotFoundPage';

/**
 * Each route's error boundary: a crash in one page shows a calm message in
 * place of that page, with the header and navigation still working.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
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
