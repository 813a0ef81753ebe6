import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CompactNumber } from '../../components/CompactNumber';
import { Dialog } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { CommentIcon, HeartIcon, ImageIcon, StarIcon } from '../../components/icons';
import { LoadMore } from '../../components/LoadMore';
import { Loading } from '../../components/Loading';
import { RelativeTime } from '../../components/RelativeTime';
import { StoryStatusBadge } from '../../components/StatusBadge';
import { UsageRightsControl } from '../../components/UsageRights/UsageRightsControl';
import type { MyStoryFieldsFragment } from '../../gql/graphql';
import { paths } from '../../lib/paths';
import { DeleteStoryDocument } from './api/deleteStory';
import { MyStoriesDocument } from './api/myStories';

export function MyStoriesPage() {
  const { t } = useTranslation();
  const [toDelete, setToDelete] = useState<MyStoryFieldsFragment | null>(null);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(MyStoriesDocument, {
    variables: { first: 20 },
    // Statuses change while the author is away (reviews); show the cache, then the news.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [deleteStory, deleteState] = useMutation(DeleteStoryDocument);
  const stories = data?.myStories;

  const confirmDelete = async () => {
    if (!toDelete) return;
    try {
      await deleteStory({
        variables: { id: toDelete.id },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Story', id: toDelete.id }) });
          cache.gc();
        },
      });
      setToDelete(null);
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <div className="page page--narrow">
      <h1 className="page-title">{t('myStories.title')}</h1>
      {!stories && error ? (
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      ) : !stories ? (
        <Loading lines={5} />
      ) : stories.nodes.length === 0 ? (
        <EmptyState
          title={t('myStories.empty')}
          action={
            <Link to={paths.home()} className="button button--primary">
              {t('myStories.findCampaign')}
            </Link>
          }
        />
      ) : (
        <>
          <ul className="my-stories">
            {stories.nodes.map((story) => {
              const thumb = story.photos.find((photo) => photo.thumbnailUrl)?.thumbnailUrl;
              return (
                <li key={story.id} className="my-story">
                  {thumb ? (
                    <img className="my-story__thumb" src={thumb} alt={t('photos.cover', { subject: story.title })} loading="lazy" />
                  ) : (
                    <div className="my-story__thumb my-story__thumb--empty" aria-hidden="true">
                      <ImageIcon />
                    </div>
                  )}
                  <div className="my-story__main">
                    <p className="my-story__badges">
                      <StoryStatusBadge status={story.status} />
                      {story.featured && (
                        <span className="badge badge--featured">
                          <StarIcon filled width={12} height={12} /> {t('story.featured')}
                        </span>
                      )}
                    </p>
                    <h2 className="my-story__title">
                      <Link to={paths.story(story.id)}>{story.title}</Link>
                    </h2>
                    <p className="my-story__meta">
                      <Link to={paths.campaign(story.campaign.slug)} className="text-link">
                        {story.campaign.title}
                      </Link>{' '}
                      · <RelativeTime iso={story.createdAt} />
                    </p>
                    {story.status === 'PENDING' && <p className="muted">{t('story.statusExplain.PENDING')}</p>}
                    {story.status === 'REJECTED' && story.rejectionReason && (
                      <p className="my-story__reason">{t('story.rejectionReason', { reason: story.rejectionReason })}</p>
                    )}
                    {story.status !== 'REMOVED' && <UsageRightsControl story={story} />}
                    <p className="my-story__stats">
                      <span>
                        <span className="visually-hidden">{t('story.likesLabel', { count: story.likeCount })}</span>
                        <span aria-hidden="true">
                          <HeartIcon width={14} height={14} /> <CompactNumber value={story.likeCount} />
                        </span>
                      </span>
                      <span>
                        <span className="visually-hidden">{t('story.commentsLabel', { count: story.commentCount })}</span>
                        <span aria-hidden="true">
                          <CommentIcon width={14} height={14} /> <CompactNumber value={story.commentCount} />
                        </span>
                      </span>
                      <button type="button" className="text-button text-button--danger" onClick={() => setToDelete(story)}>
                        {t('myStories.delete')}
                        <span className="visually-hidden"> {story.title}</span>
                      </button>
                    </p>
                  </div>
                </li>
              );
            })}
          </ul>
          <LoadMore
            hasMore={stories.pageInfo.hasNextPage}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={() => void fetchMore({ variables: { after: stories.pageInfo.endCursor } }).catch(() => undefined)}
          />
        </>
      )}
      <Dialog open={!!toDelete} onClose={() => setToDelete(null)} title={t('myStories.deleteTitle')}>
        <p>{t('myStories.deleteConfirm', { title: toDelete?.title ?? '' })}</p>
        {deleteState.error && <ErrorNotice error={deleteState.error} compact />}
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={() => setToDelete(null)}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button--danger" onClick={() => void confirmDelete()} disabled={deleteState.loading}>
            {t('myStories.delete')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
