import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CampaignCover } from '../../../components/Campaign/CampaignCover';
import { CampaignTiming } from '../../../components/Campaign/CampaignTiming';
import { CompactNumber } from '../../../components/CompactNumber';
import type { ActiveCampaignsQuery } from '../../../gql/graphql';
import { paths } from '../../../lib/paths';

type CampaignSummary = ActiveCampaignsQuery['campaigns']['nodes'][number];

export function CampaignCard({ campaign }: { campaign: CampaignSummary }) {
  const { t } = useTranslation();
  return (
    <article className="campaign-card">
      <Link to={paths.campaign(campaign.slug)} className="campaign-card__link">
        <CampaignCover url={campaign.coverImageUrl} title={campaign.title} className="campaign-card__cover" />
        <div className="campaign-card__body">
          {campaign.hashtag && <p className="campaign-card__hashtag">#{campaign.hashtag.replace(/^#/, '')}</p>}
          <h3 className="campaign-card__title">{campaign.title}</h3>
          <p className="campaign-card__description">{campaign.description}</p>
          <CampaignTiming startsAt={campaign.startsAt} endsAt={campaign.endsAt} />
          <p className="campaign-card__stats">
            <span>
              <strong>
                <CompactNumber value={campaign.storyCount} />
              </strong>{' '}
              {t('campaign.stories', { count: campaign.storyCount })}
            </span>
            <span>
              <strong>
                <CompactNumber value={campaign.participantCount} />
              </strong>{' '}
              {t('campaign.participants', { count: campaign.participantCount })}
            </span>
          </p>
        </div>
      </Link>
    </article>
  );
}
