import { graphql } from '../../../gql';

export const StorySubmittedDocument = graphql(`
  subscription StorySubmitted($campaignId: ID) {
    storySubmitted(campaignId: $campaignId) {
      ...QueueStoryFields
    }
  }
`);
