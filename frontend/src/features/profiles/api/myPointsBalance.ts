import { graphql } from '../../../gql';

/** The balance on one's own profile; `first: 1` keeps it apart from the history's cached pages. */
export const MyPointsBalanceDocument = graphql(`
  query MyPointsBalance {
    myPoints(first: 1) {
      balance
    }
  }
`);
