import { graphql } from '../../gql';

/** A prize as the campaign page, the results page and the brand console list it. */
export const PrizeFields = graphql(`
  fragment PrizeFields on Prize {
    id
    name
    description
    quantity
    method
  }
`);

/**
 * The results as everyone reads them: prizes, their winners and reserves in place order, and for
 * draws what anyone needs to recompute them (the claim itself is asked for by the brand console only).
 */
export const CampaignResultsFields = graphql(`
  fragment CampaignResultsFields on CampaignResults {
    finalizedAt
    voidedLikeCount
    prizes {
      prize {
        ...PrizeFields
      }
      proof {
        commitment
        seed
        entrantsHash
        entrants
        algorithm
      }
      winners {
        id
        place
        status
        claimDeadline
        user {
          id
          displayName
          avatarUrl
        }
        story {
          id
          title
          likeCount
        }
      }
      withdrawnPlaces {
        place
        status
        deletedAccount
      }
    }
  }
`);
