import { graphql } from '../../../../gql';

export const ScoreStoryDocument = graphql(`
  mutation ScoreStory($storyId: ID!, $score: Int!, $note: String) {
    scoreStory(storyId: $storyId, score: $score, note: $note)
  }
`);
