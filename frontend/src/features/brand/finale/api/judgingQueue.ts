import { graphql } from '../../../../gql';

export const JudgingQueueDocument = graphql(`
  query JudgingQueue($campaignId: ID!, $first: Int, $offset: Int) {
    judgingQueue(campaignId: $campaignId, first: $first, offset: $offset) {
      story {
        id
        title
        author {
          id
          displayName
        }
      }
      myScore {
        score
        note
      }
      scores {
        score
        note
        judge {
          id
          displayName
        }
      }
      averageScore
      judgeCount
    }
  }
`);
