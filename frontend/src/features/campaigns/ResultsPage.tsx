import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PrizeResults } from '../../components/Finale/PrizeResults';
import { Loading } from '../../components/Loading';
import { PageFallback } from '../../components/PageFallback';
import { formatDateTime } from '../../lib/format';
import { paths } from '../../lib/paths';
import { useViewer } from '../../lib/session/ViewerContext';
import { useLocale } from '../../lib/useLocale';
import { CampaignBySlugDocument } from './api/campaignBySlug';
import { CampaignResultsDocument } from './api/campaignResults';
import { ClaimPrizeForm } from './components/ClaimPrizeForm';

/**
 * The published results of a campaign: every prize with its winners and method, the proof of
 * each draw and how to check it, how many likes did not count, and why the frozen board's
 * numbers differ from the cards'. The signed-in winner claims here.
 */
export function ResultsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { viewer } = useViewer();
  const { slug = '' } = useParams();
  const campaignQuery = useQuery(CampaignBySlugDocument, { variables: { slug } });
  const campaign = campaignQuery.data?.campaign;
  const resultsQuery = useQuery(CampaignResultsDocument, {
    variables: { campaignId: campaign?.id ?? '' },
    skip: !campaign,
    fetchPolicy: 'cache-and-network',
  });

  if (!campaign) {
    return (
      <PageFallback
        loaded={!!campaignQuery.data}
        error={campaignQuery.error}
        onRetry={() => void campaignQuery.refetch()}
        title={t('campaign.notFound')}
      />
    );
  }
  const results = resultsQuery.data?.campaignResults;
  const frozenAt = campaign.leaderboardFrozenAt ?? campaign.endsAt;

  return (
    <div className="page stack stack--loose results-page">
      <p>
        <Link to={paths.campaign(campaign.slug)} className="text-link">
          ← {campaign.title}
        </Link>
      </p>
      <header className="stack stack--tight">
        <h1 className="page-title">{t('finale.resultsTitle', { title: campaign.title })}</h1>
        {results?.finalizedAt ? (
          <p>{t('finale.finalizedAt', { date: formatDateTime(results.finalizedAt, locale) })}</p>
        ) : (
          results && <p className="muted">{campaign.status === 'ENDED' ? t('finale.notFinal') : t('finale.notEnded')}</p>
        )}
      </header>
      {results && !results.finalizedAt && results.prizes.some((prize) => prize.winners.length > 0) && (
        <p className="notice notice--warning">{t('finale.draftNotice')}</p>
      )}
      {!results && resultsQuery.error && <ErrorNotice error={resultsQuery.error} onRetry={() => void resultsQuery.refetch()} />}
      {!results && !resultsQuery.error && <Loading lines={6} />}
      {results && (
        <>
          {results.prizes.length === 0 ? (
            <p className="muted">{t('finale.noPrizes')}</p>
          ) : (
            <PrizeResults
              results={results}
              winnerActions={(winner, result) =>
                results.finalizedAt && viewer?.id === winner.user.id && winner.status === 'NOTIFIED' ? (
                  <ClaimPrizeForm winnerId={winner.id} prizeName={result.prize.name} claimDeadline={winner.claimDeadline} />
                ) : winner.status === 'CLAIMED' && viewer?.id === winner.user.id ? (
                  <p className="muted">{t('finale.claim.received')}</p>
                ) : null
              }
            />
          )}
          <section className="card card--large stack results-page__counting" aria-labelledby="counting-title">
            <h2 id="counting-title" className="section-title">
              {t('finale.countingTitle')}
            </h2>
            <p data-testid="voided-likes">{t('finale.voidedLikes', { count: results.voidedLikeCount })}</p>
            <p>{t('finale.countedRule')}</p>
            <p>{t('finale.frozenVersusLive', { date: formatDateTime(frozenAt, locale) })}</p>
          </section>
        </>
      )}
    </div>
  );
}
