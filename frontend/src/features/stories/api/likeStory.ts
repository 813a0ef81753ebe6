import { graphql } from '../../../gql';

export const LikeStoryDocument = graphql(`
  mutation LikeStory($storyId: ID!) {
    likeStory(storyId: $storyId) {
      id
      likeCount
      viewerHasLiked
    }
  }
`);
