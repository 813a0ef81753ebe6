import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PagedList } from '../../components/PagedList';
import type { CampaignStatus } from '../../gql/graphql';
import { CampaignsByStatusDocument } from './api/campaignsByStatus';
import { CampaignCard } from './components/CampaignCard';
import { FeaturedStrip } from './components/FeaturedStrip';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <div className="page home-page">
      <section className="home-intro">
        <h1 className="home-intro__title">{t('home.title')}</h1>
        <p className="home-intro__text">{t('home.subtitle')}</p>
      </section>

      <CampaignSection
        status="ACTIVE"
        id="active-campaigns-title"
        title={t('home.activeCampaigns')}
        empty={<EmptyState title={t('home.noCampaigns')}>{t('home.noCampaignsHint')}</EmptyState>}
      />

      <FeaturedStrip />

      {/* The archive: ended campaigns stay reachable, with their final results. */}
      <CampaignSection status="ENDED" id="ended-campaigns-title" title={t('home.endedCampaigns')} empty={<p className="muted">{t('home.noEndedCampaigns')}</p>} />
    </div>
  );
}

interface CampaignSectionProps {
  status: CampaignStatus;
  id: string;
  title: string;
  empty: ReactNode;
}

function CampaignSection({ status, id, title, empty }: CampaignSectionProps) {
  const query = useQuery(CampaignsByStatusDocument, {
    variables: { status, first: 12 },
    notifyOnNetworkStatusChange: true,
  });
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      <PagedList page={query.data?.campaigns} query={query} loadingLines={4} empty={empty}>
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
  );
}
