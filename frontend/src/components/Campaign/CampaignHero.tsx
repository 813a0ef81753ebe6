import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CampaignStatusBadge, type CampaignStatusValue } from '../StatusBadge';
import { CampaignCounts } from './CampaignCounts';
import { CampaignCover } from './CampaignCover';
import { CampaignTiming } from './CampaignTiming';

export interface CampaignHeroData {
  title: string;
  description: string;
  hashtag?: string | null;
  coverImageUrl?: string | null;
  startsAt: string;
  endsAt: string;
  status?: CampaignStatusValue;
  storyCount?: number;
  participantCount?: number;
}

interface CampaignHeroProps {
  campaign: CampaignHeroData;
  /** The main call to action, e.g. "Share your story". */
  action?: ReactNode;
}

/** The top of a campaign page; also the brand editor's live preview. */
export function CampaignHero({ campaign, action }: CampaignHeroProps) {
  const { t } = useTranslation();
  return (
    <header className="card card--large campaign-hero">
      <CampaignCover url={campaign.coverImageUrl} title={campaign.title} className="campaign-hero__cover" />
      <div className="stack stack--tight campaign-hero__body">
        {campaign.status && campaign.status !== 'ACTIVE' && <CampaignStatusBadge status={campaign.status} />}
        <h1 className="campaign-hero__title">{campaign.title || t('campaign.untitled')}</h1>
        {campaign.hashtag && <p className="campaign-hero__hashtag">#{campaign.hashtag.replace(/^#/, '')}</p>}
        {campaign.description && <p className="campaign-hero__description">{campaign.description}</p>}
        <CampaignTiming startsAt={campaign.startsAt} endsAt={campaign.endsAt} />
        {campaign.storyCount !== undefined && campaign.participantCount !== undefined && (
          <CampaignCounts className="campaign-hero__stats" storyCount={campaign.storyCount} participantCount={campaign.participantCount} withIcon />
        )}
        {action && <div className="campaign-hero__action">{action}</div>}
      </div>
    </header>
  );
}
