import { graphql } from '../../../gql';

export const ContributorLeaderboardDocument = graphql(`
  query ContributorLeaderboard($campaignId: ID!, $period: LeaderboardPeriod!, $first: Int) {
    contributorLeaderboard(campaignId: $campaignId, period: $period, first: $first) {
      rank
      likesReceived
      storyCount
      user {
        id
        displayName
        avatarUrl
      }
    }
  }
`);
