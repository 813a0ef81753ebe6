import { graphql } from '../../../gql';

export const SuspendUserDocument = graphql(`
  mutation SuspendUser($userId: ID!, $reason: String!, $until: DateTime) {
    suspendUser(userId: $userId, reason: $reason, until: $until) {
      id
      suspendedUntil
    }
  }
`);
