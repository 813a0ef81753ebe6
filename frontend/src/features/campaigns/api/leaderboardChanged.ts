import { graphql } from '../../../gql';

export const LeaderboardChangedDocument = graphql(`
  subscription LeaderboardChanged($campaignId: ID!) {
    leaderboardChanged(campaignId: $campaignId) {
      ...StoryLeaderboardEntryFields
    }
  }
`);
