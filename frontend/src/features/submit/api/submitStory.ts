import { graphql } from '../../../gql';

export const SubmitStoryDocument = graphql(`
  mutation SubmitStory($input: SubmitStoryInput!) {
    submitStory(input: $input) {
      ...MyStoryFields
    }
  }
`);
