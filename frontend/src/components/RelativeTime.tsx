import { useState } from 'react';
import { formatDateTime, formatRelativeTime } from '../lib/format';
import { useLocale } from '../lib/useLocale';

interface RelativeTimeProps {
  iso: string;
  /** Wraps the relative phrase, e.g. "Ends in 3 days". */
  template?: (relative: string) => string;
  now?: Date;
  /** False inside a link or another control, where a button may not go: hover only. */
  interactive?: boolean;
}

/**
 * "3 hours ago" with the exact date and time on hover (title) and on tap or click (phones have
 * no hover): pressing it swaps the phrase for the exact date and back.
 */
export function RelativeTime({ iso, template = (relative) => relative, now, interactive = true }: RelativeTimeProps) {
  const locale = useLocale();
  const [exact, setExact] = useState(false);
  const exactText = formatDateTime(iso, locale);
  if (!interactive) {
    return (
      <time dateTime={iso} title={exactText}>
        {template(formatRelativeTime(iso, locale, now))}
      </time>
    );
  }
  return (
    <button type="button" className="relative-time" aria-pressed={exact} onClick={() => setExact((shown) => !shown)}>
      <time dateTime={iso} title={exactText}>
        {exact ? exactText : template(formatRelativeTime(iso, locale, now))}
      </time>
    </button>
  );
}
