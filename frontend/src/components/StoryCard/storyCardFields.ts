import { graphql } from '../../gql';

// What a story card shows; feeds spread this fragment so cards and feeds agree.
export const StoryCardFields = graphql(`
  fragment StoryCardFields on Story {
    id
    title
    body
    status
    featured
    likeCount
    commentCount
    createdAt
    publishedAt
    author {
      id
      displayName
      avatarUrl
    }
    photos {
      id
      status
      thumbnailUrl
      url
      width
      height
    }
    campaign {
      id
    }
  }
`);
