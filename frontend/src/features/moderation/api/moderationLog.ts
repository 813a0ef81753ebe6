import { graphql } from '../../../gql';

export const ModerationLogDocument = graphql(`
  query ModerationLog($first: Int, $after: String) {
    moderationLog(first: $first, after: $after) {
      nodes {
        id
        action
        reason
        createdAt
        moderator {
          id
          displayName
        }
        story {
          id
          title
        }
        comment {
          id
          body
        }
        targetUser {
          id
          displayName
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
