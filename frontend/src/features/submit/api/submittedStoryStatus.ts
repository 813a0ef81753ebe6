import { graphql } from '../../../gql';

/** Flips "waiting for review" to published/rejected while the author watches. */
export const SubmittedStoryStatusDocument = graphql(`
  subscription SubmittedStoryStatus($storyId: ID!) {
    storyUpdated(storyId: $storyId) {
      id
      status
      rejectionReason
      publishedAt
    }
  }
`);
