import { graphql } from '../../gql';

/** Who is signed in: what the app knows about them, from `me` and from logging in or registering. */
export const ViewerFields = graphql(`
  fragment ViewerFields on User {
    id
    displayName
    avatarUrl
    role
    email
    suspendedUntil
  }
`);

export const ViewerDocument = graphql(`
  query Viewer {
    me {
      ...ViewerFields
    }
  }
`);

/** Ends this session on the server; the refresh cookie is cleared in the same answer. */
export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);
