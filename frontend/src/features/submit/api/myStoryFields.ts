import { graphql } from '../../../gql';

export const MyStoryFields = graphql(`
  fragment MyStoryFields on Story {
    id
    title
    status
    rejectionReason
    featured
    likeCount
    commentCount
    ...UsageRightsFields
    createdAt
    publishedAt
    photos {
      id
      status
      thumbnailUrl
    }
    editedAt
    campaign {
      id
      slug
      title
      status
      requiresModeration
    }
  }
`);
