import { graphql } from '../../../gql';

export const SuspiciousLikesDocument = graphql(`
  query SuspiciousLikes($campaignId: ID!) {
    suspiciousLikes(campaignId: $campaignId) {
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
