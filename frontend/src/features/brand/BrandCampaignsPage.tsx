import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CampaignTiming } from '../../components/Campaign/CampaignTiming';
import { CompactNumber } from '../../components/CompactNumber';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PlusIcon } from '../../components/icons';
import { LoadMore } from '../../components/LoadMore';
import { Loading } from '../../components/Loading';
import { CampaignStatusBadge } from '../../components/StatusBadge';
import { paths } from '../../lib/paths';
import { BrandCampaignsDocument } from './api/brandCampaigns';

export function BrandCampaignsPage() {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(BrandCampaignsDocument, {
    variables: { first: 20 },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const campaigns = data?.campaigns;

  return (
    <div className="page">
      <div className="section-heading">
        <h1 className="page-title">{t('brand.campaignsTitle')}</h1>
        <Link to={paths.brandNewCampaign()} className="button button--primary">
          <PlusIcon /> {t('brand.newCampaign')}
        </Link>
      </div>
      <p className="page-intro">{t('brand.featureHint')}</p>
      {!campaigns && error ? (
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      ) : !campaigns ? (
        <Loading lines={5} />
      ) : campaigns.nodes.length === 0 ? (
        <EmptyState title={t('brand.noCampaigns')} />
      ) : (
        <>
          <ul className="brand-campaigns">
            {campaigns.nodes.map((campaign) => (
              <li key={campaign.id} className="brand-campaign">
                <div className="brand-campaign__main">
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
                <div className="brand-campaign__actions">
                  <Link to={paths.brandEditCampaign(campaign.id)} className="button button--secondary button--small">
                    {t('brand.edit')}
                    <span className="visually-hidden"> {campaign.title}</span>
                  </Link>
                  <Link to={paths.brandDashboard(campaign.id)} className="button button--secondary button--small">
                    {t('brand.dashboard')}
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
          <LoadMore
            hasMore={campaigns.pageInfo.hasNextPage}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={() => void fetchMore({ variables: { after: campaigns.pageInfo.endCursor } }).catch(() => undefined)}
          />
        </>
      )}
    </div>
  );
}
