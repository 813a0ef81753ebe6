import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { paths } from '../../lib/paths';
import { CampaignForEditDocument } from './api/campaignForEdit';

/**
 * Where the campaign's numbers will live. The analytics piece (charts from
 * campaignStats) replaces the placeholder below; the route and heading stay.
 */
export function CampaignDashboardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(CampaignForEditDocument, { variables: { id } });

  if (!data && error) return <div className="page"><ErrorNotice error={error} onRetry={() => void refetch()} /></div>;
  if (!data) return <div className="page"><Loading /></div>;
  const campaign = data.campaign;
  if (!campaign) return <div className="page"><EmptyState title={t('campaign.notFound')} /></div>;

  return (
    <div className="page">
      <p>
        <Link to={paths.brandCampaigns()} className="text-link">
          ← {t('brand.campaignsTitle')}
        </Link>
      </p>
      <h1 className="page-title">{t('brand.dashboardTitle', { title: campaign.title })}</h1>
      <section className="dashboard-placeholder" aria-label={t('brand.dashboard')} data-testid="campaign-dashboard">
        <EmptyState title={t('brand.dashboardSoon')}>{t('brand.dashboardSoonHint')}</EmptyState>
      </section>
    </div>
  );
}
