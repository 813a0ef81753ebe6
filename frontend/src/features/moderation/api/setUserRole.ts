import { graphql } from '../../../gql';

/** ADMIN only; the answer updates the person's role wherever the cache shows them. */
export const SetUserRoleDocument = graphql(`
  mutation SetUserRole($userId: ID!, $role: Role!) {
    setUserRole(userId: $userId, role: $role) {
      id
      role
    }
  }
`);
