import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { CampaignHero } from '../../components/Campaign/CampaignHero';
import { CampaignRules } from '../../components/Campaign/CampaignRules';
import { PointsRulesSummary } from '../../components/Campaign/PointsRulesSummary';
import { PrizeList } from '../../components/Finale/PrizeList';
import { PageFallback } from '../../components/PageFallback';
import { ShareButton } from '../../components/ShareButton/ShareButton';
import { Tabs, tabPanelProps } from '../../components/Tabs';
import type { FeedSort } from '../../gql/graphql';
import { keepScrollPosition } from '../../lib/keepScrollPosition';
import { CampaignBySlugDocument } from './api/campaignBySlug';
import { ResultsLink, WinnerBanner } from './components/FinaleLinks';
import { ShareStoryAction } from './components/ShareStoryAction';
import { StoryFeed } from './components/StoryFeed';

// Beside (on phones, below) the feed, and with live updates of their own: their code, queries
// and subscription come once the feed's first cards are shown (README, phone budget).
const Leaderboards = lazy(async () => ({ default: (await import('./components/Leaderboards')).Leaderboards }));

const SORTS: readonly FeedSort[] = ['HOT', 'NEW', 'TOP', 'FEATURED'];

export function parseSort(value: string | null): FeedSort {
  return SORTS.find((sort) => sort === value) ?? 'HOT';
}

export function CampaignPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const sort = parseSort(searchParams.get('sort'));
  const { data, error, refetch } = useQuery(CampaignBySlugDocument, { variables: { slug } });
  const [feedShown, setFeedShown] = useState(false);

  const campaign = data?.campaign;
  if (!campaign) return <PageFallback loaded={!!data} error={error} onRetry={() => void refetch()} title={t('campaign.notFound')} />;
  // Ended: the boards are frozen as of the end (the server records it on first read), the cards' counts are not.
  const frozenAt = campaign.leaderboardFrozenAt ?? (campaign.status === 'ENDED' ? campaign.endsAt : null);

  return (
    <div className="page campaign-page">
      {/* Once it has ended, what people come for is who won. */}
      <CampaignHero
        campaign={campaign}
        action={campaign.status === 'ENDED' ? <ResultsLink slug={campaign.slug} /> : <ShareStoryAction campaign={campaign} />}
      />
      <WinnerBanner campaign={campaign} />
      {/* Not in the hero's action bar: on phones that bar is pinned to the bottom for the one main action. */}
      <div className="cluster campaign-page__tools">
        <ShareButton url={campaign.shareUrl} posterUrl={campaign.posterUrl} title={campaign.title} fileName={campaign.slug} />
      </div>
      <div className="split campaign-page__layout">
        <section className="campaign-page__feed" aria-labelledby="feed-title">
          <h2 id="feed-title" className="visually-hidden">
            {t('feed.title')}
          </h2>
          <Tabs
            label={t('feed.sortLabel')}
            idPrefix="feed"
            tabs={SORTS.map((id) => ({ id, label: t(`feed.sort.${id}`) }))}
            selected={sort}
            onSelect={(next) => setSearchParams({ sort: next }, { replace: true, ...keepScrollPosition })}
          />
          <div {...tabPanelProps('feed', sort)}>
            <StoryFeed campaignId={campaign.id} sort={sort} resultsFinal={!!frozenAt} onShown={() => setFeedShown(true)} />
          </div>
        </section>
        <aside className="stack split__sticky campaign-page__side">
          <CampaignRules
            rules={campaign.rules}
            maxPhotosPerStory={campaign.maxPhotosPerStory}
            requiresModeration={campaign.requiresModeration}
            endsAt={campaign.endsAt}
          />
          {campaign.pointsRules && <PointsRulesSummary rules={campaign.pointsRules} />}
          <PrizeList prizes={campaign.prizes} />
          {feedShown && (
            <Suspense fallback={null}>
              <Leaderboards campaignId={campaign.id} frozenAt={frozenAt} />
            </Suspense>
          )}
        </aside>
      </div>
    </div>
  );
}
