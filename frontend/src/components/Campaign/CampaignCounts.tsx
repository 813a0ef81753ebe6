import { useTranslation } from 'react-i18next';
import { CompactNumber } from '../CompactNumber';
import { UsersIcon } from '../icons';

interface CampaignCountsProps {
  storyCount: number;
  participantCount: number;
  className: string;
  /** Shows the people icon before the participants (the campaign page's hero). */
  withIcon?: boolean;
}

/** "128 stories  56 participants", with the numbers in the reader's compact form. */
export function CampaignCounts({ storyCount, participantCount, className, withIcon }: CampaignCountsProps) {
  const { t } = useTranslation();
  return (
    <p className={className}>
      <span>
        <strong>
          <CompactNumber value={storyCount} />
        </strong>{' '}
        {t('campaign.stories', { count: storyCount })}
      </span>
      <span>
        {withIcon && <UsersIcon width={16} height={16} />}
        <strong>
          <CompactNumber value={participantCount} />
        </strong>{' '}
        {t('campaign.participants', { count: participantCount })}
      </span>
    </p>
  );
}
