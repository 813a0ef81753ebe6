import { graphql } from '../../gql';

export const ViewerDocument = graphql(`
  query Viewer {
    me {
      id
      displayName
      avatarUrl
      role
      email
      suspendedUntil
    }
  }
`);
