import { graphql } from '../../../gql';

export const LogoutOtherSessionsDocument = graphql(`
  mutation LogoutOtherSessions {
    logoutOtherSessions
  }
`);
