import { useApolloClient, useSubscription } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Counts of a campaign's stories that changed, at most once a second: one subscription per open feed. */
export const CampaignUpdatedDocument = graphql(`
  subscription CampaignUpdated($campaignId: ID!) {
    campaignUpdated(campaignId: $campaignId) {
      campaignId
      stories {
        storyId
        likeCount
        commentCount
      }
    }
  }
`);

/**
 * Keeps the counts of the campaign's cached stories live: each update is written onto the
 * cached Story by id, so every card (and the story page, and the like button's optimistic
 * state once it settles) shows the same number. Stories not in the cache are left alone.
 */
export function useLiveCampaignCounts(campaignId: string, { skip = false }: { skip?: boolean } = {}): void {
  const client = useApolloClient();
  useSubscription(CampaignUpdatedDocument, {
    variables: { campaignId },
    skip,
    onData: ({ data }) => {
      for (const story of data.data?.campaignUpdated.stories ?? []) {
        const id = client.cache.identify({ __typename: 'Story', id: story.storyId });
        if (!id) continue;
        client.cache.modify({ id, fields: { likeCount: () => story.likeCount, commentCount: () => story.commentCount } });
      }
    },
  });
}
