import { formatCompactNumber } from '../lib/format';
import { useLocale } from '../lib/useLocale';

/** 12 000 → "1.2万" / "12K"; the exact figure stays available as a tooltip. */
export function CompactNumber({ value }: { value: number }) {
  const locale = useLocale();
  const exact = new Intl.NumberFormat(locale).format(value);
  const compact = formatCompactNumber(value, locale);
  return <span title={compact === exact ? undefined : exact}>{compact}</span>;
}
