import { graphql } from '../../gql';

export const FeatureStoryDocument = graphql(`
  mutation FeatureStory($storyId: ID!, $note: String) {
    featureStory(storyId: $storyId, note: $note) {
      id
      featured
      featuredAt
      featureNote
      campaign {
        id
      }
    }
  }
`);
