import { Link } from 'react-router';
import { CampaignCover } from '../../../components/Campaign/CampaignCover';
import { CampaignCounts } from '../../../components/Campaign/CampaignCounts';
import { CampaignTiming } from '../../../components/Campaign/CampaignTiming';
import { useTranslation } from 'react-i18next';
import type { CampaignsByStatusQuery } from '../../../gql/graphql';
import { paths } from '../../../lib/paths';

type CampaignSummary = CampaignsByStatusQuery['campaigns']['nodes'][number];

export function CampaignCard({ campaign }: { campaign: CampaignSummary }) {
  const { t } = useTranslation();
  return (
    <article className="card card--large campaign-card">
      <Link to={paths.campaign(campaign.slug)} className="campaign-card__link">
        <CampaignCover url={campaign.coverImageUrl} title={campaign.title} className="campaign-card__cover" />
        <div className="stack stack--tight campaign-card__body">
          {campaign.hashtag && <p className="campaign-card__hashtag">#{campaign.hashtag.replace(/^#/, '')}</p>}
          <h3 className="campaign-card__title">{campaign.title}</h3>
          <p className="campaign-card__description">{campaign.description}</p>
          <CampaignTiming startsAt={campaign.startsAt} endsAt={campaign.endsAt} inLink />
          <CampaignCounts className="campaign-card__stats" storyCount={campaign.storyCount} participantCount={campaign.participantCount} />
          {campaign.status === 'ENDED' && (
            <p className="campaign-card__results">{campaign.leaderboardFrozenAt ? t('home.resultsFinal') : t('home.resultsPending')}</p>
          )}
        </div>
      </Link>
    </article>
  );
}
