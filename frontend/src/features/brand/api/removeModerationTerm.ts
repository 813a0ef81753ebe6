import { graphql } from '../../../gql';

export const RemoveModerationTermDocument = graphql(`
  mutation RemoveModerationTerm($id: ID!) {
    removeModerationTerm(id: $id)
  }
`);
