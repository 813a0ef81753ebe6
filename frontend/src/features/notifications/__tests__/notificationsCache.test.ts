import { describe, expect, it } from 'vitest';
import type { NotificationFieldsFragment } from '../../../gql/graphql';
import { createCache } from '../../../lib/apollo/cache';
import { NotificationBellDocument } from '../api/notificationBell';
import { NotificationsDocument } from '../api/notifications';
import { addNotificationToCache, markAllReadInCache, markReadInCache } from '../notificationsCache';
import { testNotification, testSettings } from './notificationBuilders';

const ALL = { unreadOnly: false, first: 20 };
const UNREAD = { unreadOnly: true, first: 20 };

/** A cache holding the bell's count and both inbox lists, as after visiting the inbox. */
function cacheWith(nodes: NotificationFieldsFragment[], unreadCount: number) {
  const cache = createCache();
  cache.writeQuery({
    query: NotificationBellDocument,
    data: { notifications: { __typename: 'NotificationConnection', unreadCount }, notificationSettings: testSettings() },
  });
  for (const variables of [ALL, UNREAD]) {
    const listed = variables.unreadOnly ? nodes.filter((node) => !node.read) : nodes;
    cache.writeQuery({
      query: NotificationsDocument,
      variables,
      data: {
        notifications: {
          __typename: 'NotificationConnection',
          unreadCount,
          nodes: listed,
          pageInfo: { __typename: 'PageInfo', endCursor: listed.at(-1)?.id ?? null, hasNextPage: true },
        },
      },
    });
  }
  const read = () => ({
    bell: cache.readQuery({ query: NotificationBellDocument })?.notifications.unreadCount,
    all: cache.readQuery({ query: NotificationsDocument, variables: ALL })?.notifications,
    unread: cache.readQuery({ query: NotificationsDocument, variables: UNREAD })?.notifications,
  });
  return { cache, read };
}

describe('notificationsCache', () => {
  it('puts a pushed notification on top of every list and counts it once, however often it arrives', () => {
    const { cache, read } = cacheWith([testNotification({ id: 'n1' })], 1);
    const pushed = testNotification({ id: 'n2', title: '10 likes!' });
    expect(addNotificationToCache(cache, pushed)).toBe(true);
    expect(addNotificationToCache(cache, pushed)).toBe(false);
    const { bell, all, unread } = read();
    expect(bell).toBe(2);
    expect(all?.unreadCount).toBe(2);
    expect(all?.nodes.map((node) => node.id)).toEqual(['n2', 'n1']);
    expect(unread?.nodes.map((node) => node.id)).toEqual(['n2', 'n1']);
  });

  it('lowers the count only by the ones that were unread', () => {
    const { cache, read } = cacheWith([testNotification({ id: 'n2' }), testNotification({ id: 'n1', read: true })], 1);
    markReadInCache(cache, ['n1', 'n2']);
    const { bell, all } = read();
    expect(bell).toBe(0);
    expect(all?.nodes.every((node) => node.read)).toBe(true);
  });

  it('"mark all" reads every cached one and empties the unread-only list', () => {
    const { cache, read } = cacheWith([testNotification({ id: 'n2' }), testNotification({ id: 'n1' })], 7);
    markAllReadInCache(cache);
    const { bell, all, unread } = read();
    expect(bell).toBe(0);
    expect(all?.nodes.map((node) => node.read)).toEqual([true, true]);
    expect(all?.pageInfo.hasNextPage).toBe(true);
    expect(unread?.nodes).toEqual([]);
    expect(unread?.pageInfo.hasNextPage).toBe(false);
  });
});
