import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { LazyFeatureToggle } from '../../../components/FeatureToggle/LazyFeatureToggle';
import { PagedList } from '../../../components/PagedList';
import { StoryCard } from '../../../components/StoryCard/StoryCard';
import type { FeedSort } from '../../../gql/graphql';
import { canManageCampaigns } from '../../../lib/session/roles';
import { useViewer } from '../../../lib/session/ViewerContext';
import { CampaignFeedDocument } from '../api/campaignFeed';
import { useLiveCampaignCounts } from '../api/campaignUpdated';

/** Shared with preloadCampaignPage, so the preloaded first page is the one the feed asks for. */
export const FEED_PAGE_SIZE = 12;
/**
 * Cards in the first screenful on a phone (two columns, two rows): their photos load eagerly, and
 * they are drawn first, the rest of the page a frame later, so that a slow phone shows the first
 * screenful without first laying out cards below it (README, phone budget).
 */
const EAGER_CARDS = 4;

interface StoryFeedProps {
  campaignId: string;
  sort: FeedSort;
  /** The campaign ended: each card says its likes no longer change the results. */
  resultsFinal?: boolean;
  /** Once the first page is shown (or failed to come): what the page holds back until then may load. */
  onShown?: () => void;
}

export function StoryFeed({ campaignId, sort, resultsFinal = false, onShown }: StoryFeedProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const query = useQuery(CampaignFeedDocument, {
    variables: { campaignId, sort, first: FEED_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const canFeature = canManageCampaigns(viewer);
  const shown = !!query.data || !!query.error;
  // The cards' counts follow likes and comments made elsewhere (one subscription for the feed),
  // from when there are cards: the socket's code and connection then do not compete with the
  // first cards on a slow link (README, phone budget).
  useLiveCampaignCounts(campaignId, { skip: !shown });
  useEffect(() => {
    if (shown) onShown?.();
  }, [shown, onShown]);
  const [restDrawn, setRestDrawn] = useState(false);
  useEffect(() => {
    if (!shown || restDrawn) return;
    const frame = requestAnimationFrame(() => setRestDrawn(true));
    return () => cancelAnimationFrame(frame);
  }, [shown, restDrawn]);

  return (
    <PagedList page={query.data?.feed} query={query} loadingLines={4} empty={<EmptyState title={t(`feed.empty.${sort}`)}>{t('feed.emptyHint')}</EmptyState>}>
      {(stories) => (
        <>
          <ul className="story-grid">
            {(restDrawn ? stories : stories.slice(0, EAGER_CARDS)).map((story, index) => (
              <li key={story.id}>
                <StoryCard
                  story={story}
                  eager={index < EAGER_CARDS}
                  actions={canFeature ? <LazyFeatureToggle storyId={story.id} featured={story.featured} title={story.title} /> : undefined}
                  note={resultsFinal ? t('story.resultsFinalShort') : undefined}
                />
              </li>
            ))}
          </ul>
          {/* A later page that failed: the stories already shown stay. */}
          {query.error && <ErrorNotice error={query.error} compact />}
        </>
      )}
    </PagedList>
  );
}
