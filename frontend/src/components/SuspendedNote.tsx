import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format';
import { isIndefinite } from '../lib/errors';
import { useLocale } from '../lib/useLocale';

/** Beside a control disabled by a suspension: when it works again. */
export function SuspendedNote({ until, id }: { until: string; id?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <p id={id} className="suspended-note">
      {isIndefinite(until) ? t('auth.suspendedControlsIndefinitely') : t('auth.suspendedControls', { until: formatDateTime(until, locale) })}
    </p>
  );
}
