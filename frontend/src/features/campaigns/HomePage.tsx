import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PagedList } from '../../components/PagedList';
import { ActiveCampaignsDocument } from './api/activeCampaigns';
import { CampaignCard } from './components/CampaignCard';
import { FeaturedStrip } from './components/FeaturedStrip';

export function HomePage() {
  const { t } = useTranslation();
  const query = useQuery(ActiveCampaignsDocument, {
    variables: { first: 12 },
    notifyOnNetworkStatusChange: true,
  });

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
        <PagedList
          page={query.data?.campaigns}
          query={query}
          loadingLines={4}
          empty={<EmptyState title={t('home.noCampaigns')}>{t('home.noCampaignsHint')}</EmptyState>}
        >
          {(campaigns) => (
            <ul className="campaign-grid">
              {campaigns.map((campaign) => (
                <li key={campaign.id}>
                  <CampaignCard campaign={campaign} />
                </li>
              ))}
            </ul>
          )}
        </PagedList>
      </section>

      <FeaturedStrip />
    </div>
  );
}
