import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { useLocale } from '../../lib/useLocale';
import { ClockIcon } from '../icons';
import { RelativeTime } from '../RelativeTime';

interface CampaignTimingProps {
  startsAt: string;
  endsAt: string;
  now?: Date;
  /** Inside a link (a campaign card): the exact end shows on hover only. */
  inLink?: boolean;
}

/** "12 Jun – 30 Jun · Ends in 3 days" in the reader's language. */
export function CampaignTiming({ startsAt, endsAt, now = new Date(), inLink = false }: CampaignTimingProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const valid = !Number.isNaN(start.getTime()) && !Number.isNaN(end.getTime());
  if (!valid) return null;

  let left: ReactNode;
  if (now < start) left = <RelativeTime iso={startsAt} now={now} interactive={!inLink} template={(relative) => t('campaign.startsIn', { relative })} />;
  else if (now < end) left = <RelativeTime iso={endsAt} now={now} interactive={!inLink} template={(relative) => t('campaign.endsIn', { relative })} />;
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
