import { graphql } from '../../../gql';

export const ModerationLogDocument = graphql(`
  query ModerationLog($first: Int, $after: String, $storyId: ID) {
    moderationLog(first: $first, after: $after, storyId: $storyId) {
      nodes {
        id
        kind
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
        campaign {
          id
          slug
          title
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
