import { graphql } from '../../../gql';

export const UserProfileDocument = graphql(`
  query UserProfile($id: ID!, $first: Int, $after: String) {
    user(id: $id) {
      id
      displayName
      avatarUrl
      bio
      approvedStoryCount
      likesReceived
      createdAt
      stories(first: $first, after: $after) {
        nodes {
          ...StoryCardFields
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);
