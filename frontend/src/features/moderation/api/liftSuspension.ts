import { graphql } from '../../../gql';

export const LiftSuspensionDocument = graphql(`
  mutation LiftSuspension($userId: ID!) {
    liftSuspension(userId: $userId) {
      id
      suspendedUntil
    }
  }
`);
