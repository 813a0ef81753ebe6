import { graphql } from '../../../gql';

/** The winner's answer updates their row in the results through the cache (same Winner id). */
export const ClaimPrizeDocument = graphql(`
  mutation ClaimPrize($input: WinnerClaimInput!) {
    claimPrize(input: $input) {
      id
      status
      claimDeadline
    }
  }
`);
