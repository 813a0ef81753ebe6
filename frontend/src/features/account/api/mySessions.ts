import { graphql } from '../../../gql';

export const MySessionsDocument = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastSeenAt
      userAgent
      current
    }
  }
`);
