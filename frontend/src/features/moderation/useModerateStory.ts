import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModerationDecision, StoryStatus } from '../../gql/graphql';
import { notify } from '../../lib/notices';
import { useDescribeError } from '../../lib/useDescribeError';
import { ModerateStoryDocument } from './api/moderateStory';
import { PendingStoryCountDocument } from './api/pendingStoryCount';
import { pruneListsByStatus } from './moderationCache';

const RESULTING_STATUS: Record<ModerationDecision, StoryStatus> = {
  APPROVE: 'APPROVED',
  REJECT: 'REJECTED',
  REMOVE: 'REMOVED',
  RESTORE: 'APPROVED',
};

/**
 * Decides optimistically: the story leaves the queue the moment the key is
 * pressed, and comes back with a message if the server refuses.
 */
export function useModerateStory() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const [moderate] = useMutation(ModerateStoryDocument, {
    update: (cache) => pruneListsByStatus(cache, 'moderationQueue'),
    // The nav's "waiting for review" count (a decision may take a story out of PENDING or put it back).
    refetchQueries: [PendingStoryCountDocument],
  });

  return useCallback(
    (story: { id: string; title: string; publishedAt: string | null; featured: boolean }, decision: ModerationDecision, reason?: string) => {
      const status = RESULTING_STATUS[decision];
      return moderate({
        variables: { storyId: story.id, decision, reason: reason ?? null },
        optimisticResponse: {
          moderateStory: {
            __typename: 'Story',
            id: story.id,
            status,
            rejectionReason: decision === 'REJECT' ? (reason ?? null) : null,
            publishedAt: story.publishedAt ?? (status === 'APPROVED' ? new Date().toISOString() : null),
            featured: status === 'APPROVED' ? story.featured : false,
          },
        },
      }).then(
        () => notify('success', t(`moderation.done.${decision}`, { title: story.title }), 2500),
        (error: unknown) => notify('error', describe(error)),
      );
    },
    [moderate, t, describe],
  );
}
