import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { CampaignHero } from '../../components/Campaign/CampaignHero';
import { CampaignRules } from '../../components/Campaign/CampaignRules';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Tabs, tabPanelProps } from '../../components/Tabs';
import type { FeedSort } from '../../gql/graphql';
import { paths } from '../../lib/paths';
import { CampaignBySlugDocument } from './api/campaignBySlug';
import { Leaderboards } from './components/Leaderboards';
import { ShareStoryAction } from './components/ShareStoryAction';
import { StoryFeed } from './components/StoryFeed';

const SORTS: readonly FeedSort[] = ['HOT', 'NEW', 'TOP', 'FEATURED'];

function parseSort(value: string | null): FeedSort {
  return SORTS.find((sort) => sort === value) ?? 'HOT';
}

export function CampaignPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const sort = parseSort(searchParams.get('sort'));
  const { data, error, refetch } = useQuery(CampaignBySlugDocument, { variables: { slug } });

  if (!data && error) {
    return (
      <div className="page">
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  if (!data) {
    return (
      <div className="page">
        <Loading lines={6} />
      </div>
    );
  }
  const campaign = data.campaign;
  if (!campaign) {
    return (
      <div className="page">
        <EmptyState
          title={t('campaign.notFound')}
          action={
            <Link to={paths.home()} className="button button--secondary">
              {t('common.backHome')}
            </Link>
          }
        />
      </div>
    );
  }

  return (
    <div className="page campaign-page">
      <CampaignHero campaign={campaign} action={<ShareStoryAction campaign={campaign} />} />
      <div className="campaign-page__layout">
        <section className="campaign-page__feed" aria-labelledby="feed-title">
          <h2 id="feed-title" className="visually-hidden">
            {t('feed.title')}
          </h2>
          <Tabs
            label={t('feed.sortLabel')}
            idPrefix="feed"
            tabs={SORTS.map((id) => ({ id, label: t(`feed.sort.${id}`) }))}
            selected={sort}
            onSelect={(next) => setSearchParams({ sort: next }, { replace: true, preventScrollReset: true })}
          />
          <div {...tabPanelProps('feed', sort)}>
            <StoryFeed campaignId={campaign.id} sort={sort} />
          </div>
        </section>
        <aside className="campaign-page__side">
          <CampaignRules
            rules={campaign.rules}
            maxPhotosPerStory={campaign.maxPhotosPerStory}
            requiresModeration={campaign.requiresModeration}
            endsAt={campaign.endsAt}
          />
          <Leaderboards campaignId={campaign.id} />
        </aside>
      </div>
    </div>
  );
}
