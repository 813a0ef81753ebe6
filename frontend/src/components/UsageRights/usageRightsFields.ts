import { graphql } from '../../gql';

/** What the author needs to see and change their consent; the history is null for other people. */
export const UsageRightsFields = graphql(`
  fragment UsageRightsFields on Story {
    id
    usageRightsGranted
    usageRightsGrantedAt
    usageScopes
    usageRightsHistory {
      at
      granted
      scopes
    }
  }
`);
