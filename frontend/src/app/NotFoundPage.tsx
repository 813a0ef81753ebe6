import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState';
import { paths } from '../lib/paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <EmptyState
        pageHeading
        title={t('errors.pageNotFound')}
        action={
          <Link to={paths.home()} className="button button--primary">
            {t('common.backHome')}
          </Link>
        }
      />
    </div>
  );
}
