import { graphql } from '../../../gql';

export const SetPointsRulesDocument = graphql(`
  mutation SetPointsRules($campaignId: ID!, $input: PointsRulesInput!) {
    setPointsRules(campaignId: $campaignId, input: $input) {
      id
      pointsRules {
        storyApproved
        storyFeatured
        prizeWon
        likeReceived
        likeReceivedDailyCap
      }
    }
  }
`);
