import { useTranslation } from 'react-i18next';

export type StoryStatusValue = 'PENDING' | 'APPROVED' | 'REJECTED' | 'REMOVED';

export function StoryStatusBadge({ status }: { status: StoryStatusValue }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status.toLowerCase()}`}>{t(`storyStatus.${status}`)}</span>;
}

export type CampaignStatusValue = 'DRAFT' | 'SCHEDULED' | 'ACTIVE' | 'ENDED';

export function CampaignStatusBadge({ status }: { status: CampaignStatusValue }) {
  const { t } = useTranslation();
  return <span className={`badge badge--campaign-${status.toLowerCase()}`}>{t(`campaignStatus.${status}`)}</span>;
}
