import { InMemoryCache, type ApolloCache, type FieldPolicy, type Reference } from '@apollo/client';
import type { Modifier, ModifierDetails } from '@apollo/client/cache';

interface Connection {
  __typename?: string;
  nodes: Reference[];
  pageInfo: unknown;
}

/**
 * Cursor lists (`first`/`after`): a page fetched with `after` is appended to
 * the pages already held; a fetch without `after` starts the list again.
 */
export function cursorConnection(keyArgs: FieldPolicy['keyArgs']): FieldPolicy<Connection> {
  return {
    keyArgs,
    merge(existing, incoming, { args, readField }) {
      if (!existing || !args?.after) return incoming;
      const seen = new Set(existing.nodes.map((node) => readField<string>('id', node)));
      const fresh = incoming.nodes.filter((node) => !seen.has(readField<string>('id', node)));
      return { ...incoming, nodes: [...existing.nodes, ...fresh] };
    },
  };
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          campaigns: cursorConnection(['status']),
          feed: cursorConnection(['campaignId', 'sort']),
          myStories: cursorConnection(false),
          moderationQueue: cursorConnection(['campaignId', 'status']),
          reports: cursorConnection(['status']),
          moderationLog: cursorConnection(['storyId']),
          featuredStories: cursorConnection(false),
          // `first` too: the header bell's count (first: 1) is kept apart from the inbox's pages.
          notifications: cursorConnection(['unreadOnly', 'first']),
          // `first` too: the profile's balance (first: 1) is kept apart from the history's pages.
          myPoints: cursorConnection(['first']),
          searchStories: cursorConnection(['query', 'campaignId']),
          // A story already in the cache (from a feed card) opens instantly;
          // missing fields are still fetched.
          story: {
            read(existing, { args, toReference }) {
              return existing ?? (args?.id ? toReference({ __typename: 'Story', id: args.id }) : undefined);
            },
          },
        },
      },
      Story: {
        fields: {
          comments: cursorConnection(false),
        },
      },
      // A campaign's results are read by the results page and, with the claims, by the brand
      // console: one entry per campaign (no id of their own), each prize's result kept by its prize.
      CampaignResults: { merge: true },
      PrizeResult: { keyFields: ['prize', ['id']] },
      User: {
        fields: {
          stories: cursorConnection(false),
        },
      },
    },
  });
}

/** The arguments a cached list was stored under, read back from its store key, e.g. `feed:{"campaignId":"1","sort":"HOT"}`. */
export function storeFieldArgs(storeFieldName: string): Record<string, unknown> {
  const start = storeFieldName.indexOf('{');
  if (start < 0) return {};
  try {
    return JSON.parse(storeFieldName.slice(start)) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** A cached cursor list as stored: its nodes are references to normalized entities. */
export interface CachedConnection {
  nodes: Reference[];
  [field: string]: unknown;
}

export interface ConnectionUpdateDetails {
  /** The arguments the list was fetched with (those in its keyArgs). */
  args: Record<string, unknown>;
  readField: ModifierDetails['readField'];
}

/**
 * Rewrites every cached copy of a cursor list field (one per keyArgs
 * combination) on one entity, e.g. all `feed` lists on ROOT_QUERY. Return the
 * connection unchanged to leave a list alone.
 */
export function modifyConnections(
  cache: ApolloCache,
  entityId: string,
  fieldName: string,
  update: (connection: CachedConnection, details: ConnectionUpdateDetails) => CachedConnection,
): void {
  const modifier: Modifier<unknown> = (value, details) => {
    if (!value || typeof value !== 'object' || !Array.isArray((value as CachedConnection).nodes)) return value;
    return update(value as CachedConnection, { args: storeFieldArgs(details.storeFieldName), readField: details.readField });
  };
  cache.modify({ id: entityId, fields: { [fieldName]: modifier } });
}
