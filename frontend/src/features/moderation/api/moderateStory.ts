import { graphql } from '../../../gql';

export const ModerateStoryDocument = graphql(`
  mutation ModerateStory($storyId: ID!, $decision: ModerationDecision!, $reason: String) {
    moderateStory(storyId: $storyId, decision: $decision, reason: $reason) {
      id
      status
      rejectionReason
      publishedAt
      featured
    }
  }
`);
