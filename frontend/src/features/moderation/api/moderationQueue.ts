import { graphql } from '../../../gql';

export const ModerationQueueDocument = graphql(`
  query ModerationQueue($campaignId: ID, $status: StoryStatus!, $first: Int, $after: String) {
    moderationQueue(campaignId: $campaignId, status: $status, first: $first, after: $after) {
      nodes {
        ...QueueStoryFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
