import { formatDateTime, formatRelativeTime } from '../lib/format';
import { useLocale } from '../lib/useLocale';

/** "3 hours ago" with the exact date on hover and for machines. */
export function RelativeTime({ iso }: { iso: string }) {
  const locale = useLocale();
  return (
    <time dateTime={iso} title={formatDateTime(iso, locale)}>
      {formatRelativeTime(iso, locale)}
    </time>
  );
}
