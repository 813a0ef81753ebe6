import { useApolloClient, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CampaignTiming } from '../../../components/Campaign/CampaignTiming';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { PrizeList } from '../../../components/Finale/PrizeList';
import { Loading } from '../../../components/Loading';
import { CampaignStatusBadge } from '../../../components/StatusBadge';
import type { FinaleResultsFieldsFragment } from '../../../gql/graphql';
import { paths } from '../../../lib/paths';
import { FinaleConsoleDocument } from './api/finaleConsole';
import { AddPrizeForm } from './components/AddPrizeForm';
import { ClaimsPanel } from './components/ClaimsPanel';
import { DraftPanel } from './components/DraftPanel';
import { JudgingPanel } from './components/JudgingPanel';

/**
 * The brand's finale console for one campaign: prizes while it runs, judges' scores, then the
 * draft (draw, review, disqualify, redraw), the final publication, and the claims to ship.
 */
export function FinalePage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { id = '' } = useParams();
  const variables = { campaignId: id };
  const { data, error, refetch } = useQuery(FinaleConsoleDocument, { variables, fetchPolicy: 'cache-and-network' });

  if (!data && error) {
    return (
      <div className="page">
        <ErrorNotice error={error} onRetry={() => void refetch()} overrides={{ FORBIDDEN: t('errors.forbiddenPage') }} />
      </div>
    );
  }
  if (!data) {
    return (
      <div className="page">
        <Loading lines={8} />
      </div>
    );
  }
  const { campaign, campaignResults: results } = data;
  if (!campaign) {
    return (
      <div className="page">
        <EmptyState title={t('campaign.notFound')} pageHeading />
      </div>
    );
  }
  const ended = campaign.status === 'ENDED';
  const final = !!results.finalizedAt;
  const onResults = (next: FinaleResultsFieldsFragment) =>
    client.cache.updateQuery({ query: FinaleConsoleDocument, variables }, (current) => (current ? { ...current, campaignResults: next } : current));

  return (
    <div className="page stack stack--loose finale-console">
      <p>
        <Link to={paths.brandCampaigns()} className="text-link">
          ← {t('brand.campaignsTitle')}
        </Link>
      </p>
      <header className="stack stack--tight">
        <h1 className="page-title">{t('finale.console.title', { title: campaign.title })}</h1>
        <div className="cluster">
          <CampaignStatusBadge status={campaign.status} />
          <CampaignTiming startsAt={campaign.startsAt} endsAt={campaign.endsAt} />
        </div>
        <p className="cluster">
          <Link to={paths.brandDashboard(campaign.id)} className="text-link">
            {t('brand.dashboard')}
          </Link>
          {ended && (
            <Link to={paths.campaignResults(campaign.slug)} className="text-link">
              {t('finale.seeResults')}
            </Link>
          )}
        </p>
      </header>
      {campaign.prizes.length > 0 ? <PrizeList prizes={campaign.prizes} /> : <p className="muted">{t('finale.noPrizes')}</p>}
      {!ended && <AddPrizeForm campaignId={campaign.id} onAdded={() => void refetch()} />}
      {campaign.prizes.some((prize) => prize.method === 'JUDGES') && <JudgingPanel campaignId={campaign.id} closed={final} />}
      {campaign.prizes.length > 0 && ended && <DraftPanel campaignId={campaign.id} ended={ended} results={results} onResults={onResults} />}
      {final && <ClaimsPanel results={results} slug={campaign.slug} />}
    </div>
  );
}
