import { graphql } from '../../../gql';

export const StoryLeaderboardEntryFields = graphql(`
  fragment StoryLeaderboardEntryFields on LeaderboardStoryEntry {
    rank
    likeCount
    story {
      id
      title
      author {
        id
        displayName
      }
    }
  }
`);

export const StoryLeaderboardDocument = graphql(`
  query StoryLeaderboard($campaignId: ID!, $period: LeaderboardPeriod!, $first: Int) {
    storyLeaderboard(campaignId: $campaignId, period: $period, first: $first) {
      ...StoryLeaderboardEntryFields
    }
  }
`);
