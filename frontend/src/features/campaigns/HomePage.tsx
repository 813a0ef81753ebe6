import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadMore } from '../../components/LoadMore';
import { Loading } from '../../components/Loading';
import { ActiveCampaignsDocument } from './api/activeCampaigns';
import { CampaignCard } from './components/CampaignCard';
import { FeaturedStrip } from './components/FeaturedStrip';

export function HomePage() {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(ActiveCampaignsDocument, {
    variables: { first: 12 },
    notifyOnNetworkStatusChange: true,
  });
  const campaigns = data?.campaigns;

  return (
    <div className="page home-page">
      <section className="home-intro">
        <h1 className="home-intro__title">{t('home.title')}</h1>
        <p className="home-intro__text">{t('home.subtitle')}</p>
      </section>

      <section aria-labelledby="active-campaigns-title">
        <h2 id="active-campaigns-title" className="section-title">
          {t('home.activeCampaigns')}
        </h2>
        {!campaigns && error ? (
          <ErrorNotice error={error} onRetry={() => void refetch()} />
        ) : !campaigns ? (
          <Loading lines={4} />
        ) : campaigns.nodes.length === 0 ? (
          <EmptyState title={t('home.noCampaigns')}>{t('home.noCampaignsHint')}</EmptyState>
        ) : (
          <>
            <ul className="campaign-grid">
              {campaigns.nodes.map((campaign) => (
                <li key={campaign.id}>
                  <CampaignCard campaign={campaign} />
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
      </section>

      <FeaturedStrip />
    </div>
  );
}
