import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CameraIcon } from '../../../components/icons';
import type { CampaignStatus } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useLocale } from '../../../lib/useLocale';

interface ShareStoryActionProps {
  campaign: { slug: string; status: CampaignStatus; startsAt: string };
}

/** The campaign's main action; says plainly why it is unavailable when it is. */
export function ShareStoryAction({ campaign }: ShareStoryActionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (campaign.status === 'ACTIVE') {
    return (
      <Link to={paths.shareStory(campaign.slug)} className="button button--primary button--large share-action">
        <CameraIcon /> {t('campaign.shareYourStory')}
      </Link>
    );
  }
  const message =
    campaign.status === 'ENDED'
      ? t('campaign.closedEnded')
      : t('campaign.closedNotStarted', { date: formatDate(campaign.startsAt, locale) });
  return <p className="share-action share-action--closed">{message}</p>;
}
