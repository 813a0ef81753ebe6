import { graphql } from '../../../gql';

export const UpdateStoryDocument = graphql(`
  mutation UpdateStory($id: ID!, $input: UpdateStoryInput!) {
    updateStory(id: $id, input: $input) {
      ...MyStoryFields
      body
      hashtags
    }
  }
`);

export const StoryForEditDocument = graphql(`
  query StoryForEdit($id: ID!) {
    story(id: $id) {
      ...MyStoryFields
      body
      author {
        id
      }
    }
  }
`);
