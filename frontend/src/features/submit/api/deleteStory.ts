import { graphql } from '../../../gql';

export const DeleteStoryDocument = graphql(`
  mutation DeleteStory($id: ID!) {
    deleteStory(id: $id)
  }
`);
