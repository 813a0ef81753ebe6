import { graphql } from '../../../gql';

export const AddModerationTermDocument = graphql(`
  mutation AddModerationTerm($input: ModerationTermInput!) {
    addModerationTerm(input: $input) {
      ...ModerationTermFields
    }
  }
`);
