import { graphql } from '../../../gql';

// The author deletes their own comment from the story page (moderators too, anyone's).
export const DeleteCommentDocument = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);
