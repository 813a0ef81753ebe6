import type { ApolloCache } from '@apollo/client';
import { modifyConnections } from '../../lib/apollo/cache';

/**
 * After a decision, a story leaves every cached queue whose status it no
 * longer has (e.g. approved stories leave the PENDING queue), and a handled
 * report leaves the OPEN list; no refetch needed.
 */
export function pruneListsByStatus(cache: ApolloCache, field: 'moderationQueue' | 'reports') {
  modifyConnections(cache, 'ROOT_QUERY', field, (list, { args, readField }) => {
    if (!args.status) return list;
    const nodes = list.nodes.filter((node) => readField('status', node) === args.status);
    return nodes.length === list.nodes.length ? list : { ...list, nodes };
  });
}
