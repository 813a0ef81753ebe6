import { graphql } from '../../../gql';

export const VoidLikesDocument = graphql(`
  mutation VoidLikes($userId: ID!, $reason: String!) {
    voidLikesOf(userId: $userId, reason: $reason)
  }
`);
