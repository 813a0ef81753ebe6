import { useTranslation } from 'react-i18next';
import { formatDate, formatRelativeTime } from '../../lib/format';
import { useLocale } from '../../lib/useLocale';
import { ClockIcon } from '../icons';

interface CampaignTimingProps {
  startsAt: string;
  endsAt: string;
  now?: Date;
}

/** "12 Jun – 30 Jun · Ends in 3 days" in the reader's language. */
export function CampaignTiming({ startsAt, endsAt, now = new Date() }: CampaignTimingProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const valid = !Number.isNaN(start.getTime()) && !Number.isNaN(end.getTime());
  if (!valid) return null;

  let left: string;
  if (now < start) left = t('campaign.startsIn', { relative: formatRelativeTime(startsAt, locale, now) });
  else if (now < end) left = t('campaign.endsIn', { relative: formatRelativeTime(endsAt, locale, now) });
  else left = t('campaign.ended');

  return (
    <p className="cluster campaign-timing">
      <ClockIcon width={16} height={16} />
      <span>
        <time dateTime={startsAt}>{formatDate(startsAt, locale)}</time>
        {' – '}
        <time dateTime={endsAt}>{formatDate(endsAt, locale)}</time>
      </span>
      <strong className="campaign-timing__left">{left}</strong>
    </p>
  );
}
