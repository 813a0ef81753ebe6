import { graphql } from '../../../gql';

/** Live counts and status; the result lands on the cached Story by id. */
export const StoryUpdatedDocument = graphql(`
  subscription StoryUpdated($storyId: ID!) {
    storyUpdated(storyId: $storyId) {
      id
      likeCount
      commentCount
      status
      rejectionReason
      featured
      featuredAt
      publishedAt
    }
  }
`);
