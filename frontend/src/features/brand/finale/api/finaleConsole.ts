import { graphql } from '../../../../gql';

/** The results as brand staff see them: the public view, plus each winner's claim (theirs only to read). */
export const FinaleResultsFields = graphql(`
  fragment FinaleResultsFields on CampaignResults {
    ...CampaignResultsFields
    prizes {
      winners {
        id
        claim {
          recipientName
          phone
          address
          claimedAt
        }
      }
    }
  }
`);

export const FinaleConsoleDocument = graphql(`
  query FinaleConsole($campaignId: ID!) {
    campaign(id: $campaignId) {
      id
      slug
      title
      status
      startsAt
      endsAt
      prizes {
        ...PrizeFields
      }
    }
    campaignResults(campaignId: $campaignId) {
      ...FinaleResultsFields
    }
  }
`);
