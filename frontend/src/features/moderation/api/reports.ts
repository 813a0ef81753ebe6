import { graphql } from '../../../gql';

export const ReportsDocument = graphql(`
  query Reports($status: ReportStatus!, $first: Int, $after: String) {
    reports(status: $status, first: $first, after: $after) {
      nodes {
        id
        reason
        note
        status
        createdAt
        reporter {
          id
          displayName
        }
        story {
          id
          title
          body
          status
          author {
            id
            displayName
            role
            suspendedUntil
          }
          photos {
            id
            thumbnailUrl
          }
        }
        comment {
          id
          body
          hidden
          author {
            id
            displayName
            role
            suspendedUntil
          }
          story {
            id
            title
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
