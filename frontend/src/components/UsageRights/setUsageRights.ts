import { graphql } from '../../gql';

export const SetUsageScopesDocument = graphql(`
  mutation SetUsageScopes($storyId: ID!, $scopes: [UsageScope!]!) {
    setUsageScopes(storyId: $storyId, scopes: $scopes) {
      ...UsageRightsFields
    }
  }
`);
