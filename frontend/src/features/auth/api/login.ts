import { graphql } from '../../../gql';

export const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      user {
        id
        displayName
        avatarUrl
        role
        email
        suspendedUntil
      }
    }
  }
`);
