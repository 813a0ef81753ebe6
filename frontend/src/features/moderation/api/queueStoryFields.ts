import { graphql } from '../../../gql';

export const QueueStoryFields = graphql(`
  fragment QueueStoryFields on Story {
    id
    title
    body
    status
    rejectionReason
    usageRightsGranted
    featured
    createdAt
    publishedAt
    likeCount
    commentCount
    author {
      id
      displayName
      avatarUrl
      role
      suspendedUntil
      approvedStoryCount
      createdAt
    }
    campaign {
      id
      slug
      title
    }
    photos {
      id
      status
      url
      thumbnailUrl
      width
      height
    }
  }
`);
