import { graphql } from '../../../gql';

export const UnlikeStoryDocument = graphql(`
  mutation UnlikeStory($storyId: ID!) {
    unlikeStory(storyId: $storyId) {
      id
      likeCount
      viewerHasLiked
    }
  }
`);
