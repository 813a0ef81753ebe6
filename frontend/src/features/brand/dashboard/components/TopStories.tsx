import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../../components/EmptyState';
import { EngagementCounts } from '../../../../components/EngagementCounts';
import { FeatureToggle } from '../../../../components/FeatureToggle/FeatureToggle';
import { ImageIcon } from '../../../../components/icons';
import { ProductTagsButton } from '../../../../components/Products/ProductTagsButton';
import type { CampaignDashboardQuery } from '../../../../gql/graphql';
import { paths } from '../../../../lib/paths';

type Entry = CampaignDashboardQuery['storyLeaderboard'][number];

interface TopStoriesProps {
  campaignId: string;
  entries: readonly Entry[];
  /** Featuring changes the funnel's numbers: the page re-reads them. */
  onFeaturedChange: () => void;
}

/** The most-liked stories of all time, with whether they may be reused, a feature toggle and their product tags. */
export function TopStories({ campaignId, entries, onFeaturedChange }: TopStoriesProps) {
  const { t } = useTranslation();
  if (entries.length === 0) return <EmptyState title={t('dashboard.noStories')} />;
  return (
    <ol className="top-stories">
      {entries.map(({ rank, likeCount, story }) => {
        // A photo processed before thumbnails existed has only its display size: show that rather than nothing.
        const photo = story.photos.find((candidate) => candidate.thumbnailUrl || candidate.url);
        const thumb = photo?.thumbnailUrl ?? photo?.url;
        const fallback = photo?.thumbnailUrl && photo.url ? photo.url : undefined;
        return (
          <li key={story.id} className="top-story">
            <span className="top-story__rank" aria-label={t('dashboard.rank', { rank })}>
              {rank}
            </span>
            {thumb ? (
              <img
                className="top-story__thumb"
                src={thumb}
                alt=""
                width={48}
                height={48}
                data-testid="top-story-thumb"
                // Ten small pictures: loaded at once (lazy loading left the last ones blank until
                // scrolled to, also in screenshots and prints). One that cannot be fetched falls back to the display size once.
                onError={(event) => {
                  if (fallback && event.currentTarget.src !== new URL(fallback, window.location.href).href) event.currentTarget.src = fallback;
                }}
              />
            ) : (
              <span className="top-story__thumb top-story__thumb--empty" aria-hidden="true">
                <ImageIcon width={20} height={20} />
              </span>
            )}
            <div className="top-story__main">
              <Link to={paths.story(story.id)} className="top-story__title">
                {story.title}
              </Link>
              <p className="cluster top-story__meta">
                <span>{story.author.displayName}</span>
                <EngagementCounts likes={likeCount} comments={story.commentCount} iconSize={14} />
                <span className={story.usageRightsGranted ? 'badge badge--approved' : 'badge'}>
                  {story.usageRightsGranted ? t('dashboard.reusable') : t('dashboard.notReusable')}
                </span>
              </p>
            </div>
            <div className="top-story__action">
              <FeatureToggle storyId={story.id} featured={story.featured} title={story.title} onChanged={onFeaturedChange} />
              <ProductTagsButton story={{ id: story.id, title: story.title, campaignId, products: story.products }} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
