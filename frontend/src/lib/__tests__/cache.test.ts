import { describe, expect, it } from 'vitest';
import { graphql } from '../../gql';
import { createCache } from '../apollo/cache';

const TestFeed = graphql(`
  query CacheTestFeed($campaignId: ID!, $sort: FeedSort!, $first: Int, $after: String) {
    feed(campaignId: $campaignId, sort: $sort, first: $first, after: $after) {
      nodes {
        id
        title
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const page = (ids: string[], endCursor: string, hasNextPage: boolean) => ({
  feed: {
    __typename: 'StoryConnection' as const,
    nodes: ids.map((id) => ({ __typename: 'Story' as const, id, title: `Story ${id}` })),
    pageInfo: { __typename: 'PageInfo' as const, endCursor, hasNextPage },
  },
});

describe('cursor pagination cache policy', () => {
  it('appends later pages, ignores duplicates, and keeps sorts apart', () => {
    const cache = createCache();
    cache.writeQuery({ query: TestFeed, variables: { campaignId: 'c1', sort: 'NEW', first: 2 }, data: page(['1', '2'], 'b', true) });
    cache.writeQuery({ query: TestFeed, variables: { campaignId: 'c1', sort: 'NEW', first: 2, after: 'b' }, data: page(['2', '3'], 'c', false) });
    cache.writeQuery({ query: TestFeed, variables: { campaignId: 'c1', sort: 'HOT', first: 2 }, data: page(['9'], 'z', false) });

    const newest = cache.readQuery({ query: TestFeed, variables: { campaignId: 'c1', sort: 'NEW', first: 2 } });
    expect(newest?.feed.nodes.map((node) => node.id)).toEqual(['1', '2', '3']);
    expect(newest?.feed.pageInfo.hasNextPage).toBe(false);
    const hot = cache.readQuery({ query: TestFeed, variables: { campaignId: 'c1', sort: 'HOT', first: 2 } });
    expect(hot?.feed.nodes.map((node) => node.id)).toEqual(['9']);
  });
});
