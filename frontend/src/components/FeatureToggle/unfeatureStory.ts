import { graphql } from '../../gql';

export const UnfeatureStoryDocument = graphql(`
  mutation UnfeatureStory($storyId: ID!) {
    unfeatureStory(storyId: $storyId) {
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
