import { graphql } from '../../../gql';

export const LikeButtonFields = graphql(`
  fragment LikeButtonFields on Story {
    id
    likeCount
    viewerHasLiked
  }
`);
