import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CampaignTiming } from '../../components/Campaign/CampaignTiming';
import { CompactNumber } from '../../components/CompactNumber';
import { EmptyState } from '../../components/EmptyState';
import { PlusIcon } from '../../components/icons';
import { PagedList } from '../../components/PagedList';
import { CampaignStatusBadge } from '../../components/StatusBadge';
import { paths } from '../../lib/paths';
import { BrandCampaignsDocument } from './api/brandCampaigns';

export function BrandCampaignsPage() {
  const { t } = useTranslation();
  const query = useQuery(BrandCampaignsDocument, {
    variables: { first: 20 },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });

  return (
    <div className="page">
      <div className="section-heading">
        <h1 className="page-title">{t('brand.campaignsTitle')}</h1>
        <Link to={paths.brandNewCampaign()} className="button button--primary">
          <PlusIcon /> {t('brand.newCampaign')}
        </Link>
      </div>
      <p className="page-intro">{t('brand.featureHint')}</p>
      <PagedList page={query.data?.campaigns} query={query} empty={<EmptyState title={t('brand.noCampaigns')} />}>
        {(campaigns) => (
          <ul className="stack brand-campaigns">
            {campaigns.map((campaign) => (
              <li key={campaign.id} className="card stack brand-campaign">
                <div className="stack brand-campaign__main">
                  <p>
                    <CampaignStatusBadge status={campaign.status} />
                  </p>
                  <h2 className="brand-campaign__title">{campaign.title}</h2>
                  <CampaignTiming startsAt={campaign.startsAt} endsAt={campaign.endsAt} />
                  <p className="muted">
                    <CompactNumber value={campaign.storyCount} /> {t('campaign.stories', { count: campaign.storyCount })} ·{' '}
                    <CompactNumber value={campaign.participantCount} /> {t('campaign.participants', { count: campaign.participantCount })}
                  </p>
                </div>
                <div className="cluster brand-campaign__actions">
                  <Link to={paths.brandEditCampaign(campaign.id)} className="button button--secondary button--small">
                    {t('brand.edit')}
                    <span className="visually-hidden"> {campaign.title}</span>
                  </Link>
                  <Link to={paths.brandDashboard(campaign.id)} className="button button--secondary button--small">
                    {t('brand.dashboard')}
                    <span className="visually-hidden"> {campaign.title}</span>
                  </Link>
                  <Link to={paths.brandFinale(campaign.id)} className="button button--secondary button--small">
                    {t('finale.console.link')}
                    <span className="visually-hidden"> {campaign.title}</span>
                  </Link>
                  <Link to={paths.brandGallery(campaign.id)} className="button button--secondary button--small">
                    {t('gallery.link')}
                    <span className="visually-hidden"> {campaign.title}</span>
                  </Link>
                  <Link to={paths.campaign(campaign.slug)} className="button button--ghost button--small">
                    {t('brand.viewPage')}
                    <span className="visually-hidden"> {campaign.title}</span>
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </div>
  );
}
