import { useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Avatar } from '../../components/Avatar';
import { FeatureToggle } from '../../components/FeatureToggle/FeatureToggle';
import { HashtagText } from '../../components/HashtagText';
import { ShareButton } from '../../components/ShareButton/ShareButton';
import { FlagIcon, StarIcon } from '../../components/icons';
import { PageFallback } from '../../components/PageFallback';
import { PhotoCarousel } from '../../components/PhotoCarousel';
import { ProductChips } from '../../components/Products/ProductChips';
import { ProductTagsButton } from '../../components/Products/ProductTagsButton';
import { RelativeTime } from '../../components/RelativeTime';
import { UsageRightsControl } from '../../components/UsageRights/UsageRightsControl';
import { paths } from '../../lib/paths';
import { canEditStory } from '../../lib/storyEditing';
import { formatDateTime } from '../../lib/format';
import { canManageCampaigns, canModerate } from '../../lib/session/roles';
import { useLocale } from '../../lib/useLocale';
import { useViewer } from '../../lib/session/ViewerContext';
import { StoryPageDocument } from './api/story';
import { StoryUpdatedDocument } from './api/storyUpdated';
import { CommentsSection } from './components/CommentsSection';
import { DeleteCommentDialog, type DeleteCommentTarget } from './components/DeleteCommentDialog';
import { HideCommentDialog, type HideCommentTarget } from './components/HideCommentDialog';
import { LikeButton } from './components/LikeButton';
import { ReportDialog, type ReportTarget } from './components/ReportDialog';
import { StoryStatusBanner } from './components/StoryStatusBanner';

export function StoryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { viewer } = useViewer();
  const locale = useLocale();
  const [reportTarget, setReportTarget] = useState<ReportTarget | null>(null);
  const [hiding, setHiding] = useState<HideCommentTarget | null>(null);
  const [deleting, setDeleting] = useState<DeleteCommentTarget | null>(null);
  const { data, error, refetch } = useQuery(StoryPageDocument, { variables: { id } });

  // Live like/comment counts, status and featuring; written to the cached story by id.
  useSubscription(StoryUpdatedDocument, { variables: { storyId: id }, skip: !id });

  const story = data?.story;
  if (!story) return <PageFallback loaded={!!data} error={error} onRetry={() => void refetch()} title={t('story.notFound')} />;

  const signedIn = !!viewer;
  const isOwnStory = viewer?.id === story.author.id;
  const published = story.status === 'APPROVED';
  const requireSignIn = () => navigate(paths.login(location.pathname));
  // The leaderboard of an ended campaign is frozen at its end; the count here keeps moving.
  const frozenAt = story.campaign.leaderboardFrozenAt ?? (story.campaign.status === 'ENDED' ? story.campaign.endsAt : null);

  return (
    <div className="page story-page">
      <article className="split story-page__layout" aria-labelledby="story-title">
        <div className="story-page__media">
          <PhotoCarousel photos={story.photos} subject={story.title} />
        </div>
        <div className="stack story-page__content">
          <StoryStatusBanner status={story.status} rejectionReason={story.rejectionReason} />
          <p className="cluster story-page__campaign">
            <Link to={paths.campaign(story.campaign.slug)} className="text-link">
              {story.campaign.hashtag ? `#${story.campaign.hashtag.replace(/^#/, '')}` : story.campaign.title}
            </Link>
            {story.featured && (
              <span className="badge badge--featured">
                <StarIcon filled width={14} height={14} /> {t('story.featured')}
              </span>
            )}
          </p>
          <h1 id="story-title" className="story-page__title">
            {story.title}
          </h1>
          <p className="story-page__author">
            <Avatar name={story.author.displayName} url={story.author.avatarUrl} size="medium" />
            <span>
              <Link to={paths.profile(story.author.id)} className="text-link">
                <strong>{story.author.displayName}</strong>
              </Link>
              <br />
              <span className="muted">
                <RelativeTime iso={story.publishedAt ?? story.createdAt} />
                {story.editedAt && <> · {t('story.edited')}</>}
              </span>
            </span>
          </p>
          {story.featured && story.featureNote && <p className="story-page__feature-note">{t('story.featureNote', { note: story.featureNote })}</p>}
          <p className="story-page__body">
            <HashtagText text={story.body} hashtags={story.hashtags} />
          </p>
          <ProductChips products={story.products} />
          {isOwnStory && story.status !== 'REMOVED' && <UsageRightsControl story={story} />}
          <div className="cluster story-page__actions">
            {isOwnStory && canEditStory(story) && (
              <Link to={paths.editStory(story.id)} className="button button--small">
                {t('story.edit')}
              </Link>
            )}
            {published && <LikeButton storyId={story.id} signedIn={signedIn} isOwnStory={isOwnStory} onRequireSignIn={requireSignIn} />}
            {published && <ShareButton url={story.shareUrl} posterUrl={story.posterUrl} title={story.title} fileName={`story-${story.id}`} />}
            {published && canManageCampaigns(viewer) && <FeatureToggle storyId={story.id} featured={story.featured} title={story.title} />}
            {published && canManageCampaigns(viewer) && <ProductTagsButton story={{ id: story.id, title: story.title, campaignId: story.campaign.id, products: story.products }} />}
            {published && !isOwnStory && (
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => (signedIn ? setReportTarget({ storyId: story.id }) : requireSignIn())}
              >
                <FlagIcon width={16} height={16} /> {t('report.action')}
              </button>
            )}
          </div>
          {published && frozenAt && <p className="muted story-page__final">{t('story.resultsFinal', { date: formatDateTime(frozenAt, locale) })}</p>}
        </div>
      </article>
      <CommentsSection
        storyId={story.id}
        commentCount={story.commentCount}
        comments={story.comments.nodes}
        hasMore={story.comments.pageInfo.hasNextPage}
        endCursor={story.comments.pageInfo.endCursor}
        signedIn={signedIn}
        viewerId={viewer?.id}
        open={published}
        onReport={(comment) => setReportTarget({ commentId: comment.id })}
        onHide={canModerate(viewer) ? (comment) => setHiding({ id: comment.id }) : undefined}
        onDelete={(comment) => setDeleting({ id: comment.id, storyId: story.id })}
      />
      <ReportDialog target={reportTarget} onClose={() => setReportTarget(null)} />
      <HideCommentDialog comment={hiding} onClose={() => setHiding(null)} />
      <DeleteCommentDialog comment={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}
