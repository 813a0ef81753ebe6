import type { ApolloCache, Reference } from '@apollo/client';
import type { Modifier } from '@apollo/client/cache';
import type { NotificationFieldsFragment } from '../../gql/graphql';
import { modifyConnections } from '../../lib/apollo/cache';
import { NotificationFields } from './api/notificationFields';

const ROOT_QUERY = 'ROOT_QUERY';

/**
 * Every cached copy of `notifications` carries its own unreadCount (the bell's, the inbox's
 * "all" and "unread only" lists): they move together so the bell and the page never disagree.
 */
function changeUnreadCount(cache: ApolloCache, change: (count: number) => number): void {
  const modifier: Modifier<unknown> = (value) => {
    if (!value || typeof value !== 'object') return value;
    const inbox = value as { unreadCount?: unknown };
    return typeof inbox.unreadCount === 'number' ? { ...inbox, unreadCount: Math.max(0, change(inbox.unreadCount)) } : value;
  };
  cache.modify({ id: ROOT_QUERY, fields: { notifications: modifier } });
}

/**
 * A notification pushed live goes on top of every cached list, once, and counts as unread once,
 * however often it arrives (a reconnecting socket may deliver it again). Returns whether it was
 * news to this cache. The subscription must not write it first (`no-cache`), or it is never news.
 */
export function addNotificationToCache(cache: ApolloCache, notification: NotificationFieldsFragment): boolean {
  const known = cache.readFragment({
    fragment: NotificationFields,
    fragmentName: 'NotificationFields',
    id: cache.identify({ __typename: 'Notification', id: notification.id }),
  });
  const ref = cache.writeFragment({ fragment: NotificationFields, fragmentName: 'NotificationFields', data: notification });
  if (!ref) return false;
  modifyConnections(cache, ROOT_QUERY, 'notifications', (inbox, { readField }) =>
    inbox.nodes.some((node) => readField('id', node) === notification.id) ? inbox : { ...inbox, nodes: [ref, ...inbox.nodes] },
  );
  if (!known && !notification.read) changeUnreadCount(cache, (count) => count + 1);
  return !known;
}

/** Marks these notifications read, lowering the count by how many were unread. */
export function markReadInCache(cache: ApolloCache, ids: readonly string[]): void {
  let changed = 0;
  for (const id of ids) {
    cache.modify({
      id: cache.identify({ __typename: 'Notification', id }),
      fields: {
        read: (read: boolean) => {
          if (!read) changed += 1;
          return true;
        },
      },
    });
  }
  if (changed > 0) changeUnreadCount(cache, (count) => count - changed);
}

/**
 * "Mark all as read": every cached one turns read, the count goes to zero, and the "unread only"
 * lists empty (older unread pages on the server are read now too, so there is no next page).
 */
export function markAllReadInCache(cache: ApolloCache): void {
  const refs = new Map<string, Reference>();
  modifyConnections(cache, ROOT_QUERY, 'notifications', (inbox, { args }) => {
    for (const node of inbox.nodes) refs.set(node.__ref, node);
    if (!args.unreadOnly) return inbox;
    const pageInfo = (inbox.pageInfo ?? {}) as Record<string, unknown>;
    return { ...inbox, nodes: [], pageInfo: { ...pageInfo, hasNextPage: false } };
  });
  for (const id of refs.keys()) cache.modify({ id, fields: { read: () => true } });
  changeUnreadCount(cache, () => 0);
}

/**
 * After a change of language every cached title and body is in the old one: drop them all. Lists
 * on screen (and the bell) read again at once; others when next shown.
 */
export function forgetInbox(cache: ApolloCache): void {
  cache.evict({ id: ROOT_QUERY, fieldName: 'notifications' });
  cache.gc();
}
