import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { EngagementCounts } from '../../components/EngagementCounts';
import { FormDialog } from '../../components/FormDialog';
import { ImageIcon, StarIcon } from '../../components/icons';
import { PagedList } from '../../components/PagedList';
import { RelativeTime } from '../../components/RelativeTime';
import { StoryStatusBadge } from '../../components/StatusBadge';
import { UsageRightsControl } from '../../components/UsageRights/UsageRightsControl';
import type { MyStoryFieldsFragment } from '../../gql/graphql';
import { paths } from '../../lib/paths';
import { canEditStory } from '../../lib/storyEditing';
import { DeleteStoryDocument } from './api/deleteStory';
import { MyStoriesDocument } from './api/myStories';

export function MyStoriesPage() {
  const { t } = useTranslation();
  const [toDelete, setToDelete] = useState<MyStoryFieldsFragment | null>(null);
  const query = useQuery(MyStoriesDocument, {
    variables: { first: 20 },
    // Statuses change while the author is away (reviews); show the cache, then the news.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [deleteStory, deleteState] = useMutation(DeleteStoryDocument);

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
      <PagedList
        page={query.data?.myStories}
        query={query}
        empty={
          <EmptyState
            title={t('myStories.empty')}
            action={
              <Link to={paths.home()} className="button button--primary">
                {t('myStories.findCampaign')}
              </Link>
            }
          />
        }
      >
        {(stories) => (
          <ul className="stack my-stories">
            {stories.map((story) => {
              const thumb = story.photos.find((photo) => photo.thumbnailUrl)?.thumbnailUrl;
              return (
                <li key={story.id} className="card my-story">
                  {thumb ? (
                    <img className="my-story__thumb" src={thumb} alt={t('photos.cover', { subject: story.title })} loading="lazy" />
                  ) : (
                    <div className="my-story__thumb my-story__thumb--empty" aria-hidden="true">
                      <ImageIcon />
                    </div>
                  )}
                  <div className="my-story__main">
                    <p className="cluster my-story__badges">
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
                    <p className="cluster my-story__stats">
                      <EngagementCounts likes={story.likeCount} comments={story.commentCount} iconSize={14} />
                      {canEditStory(story) && (
                        <Link to={paths.editStory(story.id)} className="text-button">
                          {t('story.edit')}
                          <span className="visually-hidden"> {story.title}</span>
                        </Link>
                      )}
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
        )}
      </PagedList>
      <FormDialog
        open={!!toDelete}
        onClose={() => setToDelete(null)}
        title={t('myStories.deleteTitle')}
        onSubmit={() => void confirmDelete()}
        submitLabel={t('myStories.delete')}
        tone="danger"
        submitDisabled={deleteState.loading}
        error={deleteState.error}
      >
        <p>{t('myStories.deleteConfirm', { title: toDelete?.title ?? '' })}</p>
      </FormDialog>
    </div>
  );
}
