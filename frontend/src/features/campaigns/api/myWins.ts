import { graphql } from '../../../gql';

/** For the campaign page's "you won" banner. */
export const MyWinsDocument = graphql(`
  query MyWins {
    myWins {
      id
      status
      claimDeadline
      prize {
        id
        name
      }
      story {
        id
        campaign {
          id
        }
      }
    }
  }
`);
