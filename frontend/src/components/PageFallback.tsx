import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../lib/paths';
import { EmptyState } from './EmptyState';
import { ErrorNotice } from './ErrorNotice';
import { Loading } from './Loading';

interface PageMessageProps {
  title: string;
  /** Where the button leads; home by default. */
  back?: { to: string; label: string };
  className?: string;
}

/** A whole page that only says something (not found, not allowed), with a way back. */
export function PageMessage({ title, back, className = 'page' }: PageMessageProps) {
  const { t } = useTranslation();
  const { to, label } = back ?? { to: paths.home(), label: t('common.backHome') };
  return (
    <div className={className}>
      <EmptyState
        pageHeading
        title={title}
        action={
          <Link to={to} className="button button--secondary">
            {label}
          </Link>
        }
      />
    </div>
  );
}

interface PageFallbackProps extends PageMessageProps {
  /** The query has answered (its `data` is there), even if the thing itself was not found. */
  loaded: boolean;
  error?: unknown;
  onRetry: () => void;
  loadingLines?: number;
}

/**
 * What a page shows until the one thing it is about is there: the error with a retry, placeholder
 * bars while loading, or `title` (e.g. "We couldn't find this story") once the answer came back empty.
 */
export function PageFallback({ loaded, error, onRetry, loadingLines = 6, className = 'page', ...message }: PageFallbackProps) {
  if (!loaded && error) {
    return (
      <div className={className}>
        <ErrorNotice error={error} onRetry={onRetry} />
      </div>
    );
  }
  if (!loaded) {
    return (
      <div className={className}>
        <Loading lines={loadingLines} />
      </div>
    );
  }
  return <PageMessage className={className} {...message} />;
}
