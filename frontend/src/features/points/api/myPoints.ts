import { graphql } from '../../../gql';

export const MyPointsDocument = graphql(`
  query MyPoints($first: Int, $after: String) {
    myPoints(first: $first, after: $after) {
      balance
      nodes {
        id
        amount
        reason
        day
        createdAt
        story {
          id
          title
        }
        campaign {
          id
          title
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
