import { useFragment, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CompactNumber } from '../../../components/CompactNumber';
import { HeartIcon } from '../../../components/icons';
import { notify } from '../../../lib/notices';
import { useDescribeError } from '../../../lib/useDescribeError';
import { LikeButtonFields } from '../api/likeButtonFields';
import { LikeStoryDocument } from '../api/likeStory';
import { UnlikeStoryDocument } from '../api/unlikeStory';

interface LikeButtonProps {
  storyId: string;
  signedIn: boolean;
  /** Authors cannot like their own story. */
  isOwnStory: boolean;
  onRequireSignIn: () => void;
}

/**
 * Reads the count straight from the cache so it follows optimistic updates and
 * live storyUpdated pushes alike. The tap answers at once; the server's reply
 * (or a rollback on error) follows.
 */
export function LikeButton({ storyId, signedIn, isOwnStory, onRequireSignIn }: LikeButtonProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const { data, complete } = useFragment({ fragment: LikeButtonFields, from: { __typename: 'Story', id: storyId } });
  const [like] = useMutation(LikeStoryDocument);
  const [unlike] = useMutation(UnlikeStoryDocument);

  if (!complete) return null;
  const { likeCount, viewerHasLiked } = data;

  const toggle = () => {
    if (!signedIn) {
      onRequireSignIn();
      return;
    }
    const next = !viewerHasLiked;
    const optimistic = {
      __typename: 'Story' as const,
      id: storyId,
      likeCount: Math.max(0, likeCount + (next ? 1 : -1)),
      viewerHasLiked: next,
    };
    const request = next
      ? like({ variables: { storyId }, optimisticResponse: { likeStory: optimistic } })
      : unlike({ variables: { storyId }, optimisticResponse: { unlikeStory: optimistic } });
    request.catch((error: unknown) => notify('error', describe(error)));
  };

  return (
    <button
      type="button"
      className={viewerHasLiked ? 'like-button like-button--liked' : 'like-button'}
      aria-pressed={viewerHasLiked}
      aria-label={viewerHasLiked ? t('story.unlikeLabel', { count: likeCount }) : t('story.likeLabel', { count: likeCount })}
      title={isOwnStory ? t('story.cannotLikeOwn') : undefined}
      disabled={isOwnStory}
      onClick={toggle}
    >
      <HeartIcon filled={viewerHasLiked} />
      <span className="like-button__count" data-testid="like-count">
        <CompactNumber value={likeCount} />
      </span>
    </button>
  );
}
