import { useTranslation } from 'react-i18next';
import type { ErrorOverrides } from '../lib/errors';
import { useDescribeError } from '../lib/useDescribeError';

interface ErrorNoticeProps {
  error: unknown;
  onRetry?: () => void;
  overrides?: ErrorOverrides;
  compact?: boolean;
}

/** An API error as a sentence, with a retry where retrying can help. */
export function ErrorNotice({ error, onRetry, overrides, compact }: ErrorNoticeProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (
    <div className={compact ? 'notice notice--error notice--compact' : 'notice notice--error'} role="alert">
      <p>{describe(error, overrides)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
