import { graphql } from '../../../gql';

export const SuspiciousLikesDocument = graphql(`
  query SuspiciousLikes($campaignId: ID!) {
    suspiciousLikes(campaignId: $campaignId) {
      signal
      createdHour
      accounts
      likes
      narrowAccounts
      userIds
      someVoided
      users {
        id
        displayName
      }
    }
  }
`);
