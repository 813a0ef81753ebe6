import { graphql } from '../../gql';

export const SetUsageRightsDocument = graphql(`
  mutation SetUsageRights($storyId: ID!, $granted: Boolean!) {
    setUsageRights(storyId: $storyId, granted: $granted) {
      ...UsageRightsFields
    }
  }
`);
