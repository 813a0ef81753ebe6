import { graphql } from '../../../gql';

export const CommentFields = graphql(`
  fragment CommentFields on Comment {
    id
    body
    parentId
    hidden
    deleted
    createdAt
    author {
      id
      displayName
      avatarUrl
    }
  }
`);
