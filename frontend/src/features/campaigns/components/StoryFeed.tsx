import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { FeatureToggle } from '../../../components/FeatureToggle/FeatureToggle';
import { LoadMore } from '../../../components/LoadMore';
import { Loading } from '../../../components/Loading';
import { StoryCard } from '../../../components/StoryCard/StoryCard';
import type { FeedSort } from '../../../gql/graphql';
import { canManageCampaigns } from '../../../lib/session/roles';
import { useViewer } from '../../../lib/session/ViewerContext';
import { CampaignFeedDocument } from '../api/campaignFeed';

const PAGE_SIZE = 12;

export function StoryFeed({ campaignId, sort }: { campaignId: string; sort: FeedSort }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(CampaignFeedDocument, {
    variables: { campaignId, sort, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const feed = data?.feed;

  if (!feed && error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (!feed) return <Loading lines={4} />;
  if (feed.nodes.length === 0) {
    return <EmptyState title={t(`feed.empty.${sort}`)}>{t('feed.emptyHint')}</EmptyState>;
  }

  const canFeature = canManageCampaigns(viewer);
  return (
    <>
      <ul className="story-grid">
        {feed.nodes.map((story) => (
          <li key={story.id}>
            <StoryCard
              story={story}
              actions={canFeature ? <FeatureToggle storyId={story.id} featured={story.featured} title={story.title} /> : undefined}
            />
          </li>
        ))}
      </ul>
      {error && <ErrorNotice error={error} compact />}
      <LoadMore
        hasMore={feed.pageInfo.hasNextPage}
        loading={networkStatus === NetworkStatus.fetchMore}
        onLoadMore={() => void fetchMore({ variables: { after: feed.pageInfo.endCursor } }).catch(() => undefined)}
      />
    </>
  );
}
