import { useFragment, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CompactNumber } from '../../../components/CompactNumber';
import { HeartIcon } from '../../../components/icons';
import { SuspendedNote } from '../../../components/SuspendedNote';
import { suspendedUntilFrom } from '../../../lib/errors';
import { notify } from '../../../lib/notices';
import { useSuspension } from '../../../lib/session/useSuspension';
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
  const suspendedUntil = useSuspension();

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
    // A refusal for a suspension is said once, by the banner it brings up; the button then disables.
    request.catch((error: unknown) => {
      if (!suspendedUntilFrom(error)) notify('error', describe(error));
    });
  };

  const button = (
    <button
      type="button"
      className={viewerHasLiked ? 'like-button like-button--liked' : 'like-button'}
      aria-pressed={viewerHasLiked}
      title={isOwnStory ? t('story.cannotLikeOwn') : undefined}
      disabled={isOwnStory || !!suspendedUntil}
      aria-describedby={suspendedUntil ? `like-suspended-${storyId}` : undefined}
      onClick={toggle}
    >
      {/* The name comes from the content ("Like this story 12 likes"), so it contains the number
          people see (WCAG 2.5.3); being pressed says whether they liked it. */}
      <span className="visually-hidden">{t('story.likeButton')} </span>
      <HeartIcon filled={viewerHasLiked} />
      <span className="like-button__count" data-testid="like-count">
        <CompactNumber value={likeCount} />
      </span>
      <span className="visually-hidden"> {t('story.likeButtonCount', { count: likeCount })}</span>
    </button>
  );
  if (!suspendedUntil) return button;
  return (
    <span className="like-button__wrap">
      {button}
      <SuspendedNote until={suspendedUntil} id={`like-suspended-${storyId}`} />
    </span>
  );
}
