import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { notify } from '../../lib/notices';
import { useDescribeError } from '../../lib/useDescribeError';
import { MarkNotificationsReadDocument } from './api/markNotificationsRead';
import { markAllReadInCache, markReadInCache } from './notificationsCache';

/**
 * Marks notifications read optimistically: the dot and the count change on the tap, and come back
 * with a message if the server refuses. Without ids: all of them.
 */
export function useMarkNotificationsRead(): (ids?: readonly string[]) => Promise<void> {
  const describe = useDescribeError();
  const [mutate] = useMutation(MarkNotificationsReadDocument);
  return useCallback(
    (ids) =>
      mutate({
        variables: { ids: ids ? [...ids] : null },
        optimisticResponse: { markNotificationsRead: ids?.length ?? 0 },
        update: (cache) => (ids ? markReadInCache(cache, ids) : markAllReadInCache(cache)),
      }).then(
        () => undefined,
        (error: unknown) => void notify('error', describe(error)),
      ),
    [mutate, describe],
  );
}
