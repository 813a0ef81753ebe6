import { graphql } from '../../../gql';

export const StoryPageDocument = graphql(`
  query StoryPage($id: ID!) {
    story(id: $id) {
      id
      title
      body
      hashtags
      shareUrl
      posterUrl
      status
      rejectionReason
      featured
      featuredAt
      featureNote
      likeCount
      commentCount
      viewerHasLiked
      createdAt
      publishedAt
      editedAt
      ...UsageRightsFields
      products {
        sku
        name
        url
      }
      author {
        id
        displayName
        avatarUrl
      }
      campaign {
        id
        slug
        title
        hashtag
        status
        endsAt
        leaderboardFrozenAt
        requiresModeration
      }
      photos {
        id
        status
        url
        thumbnailUrl
        width
        height
      }
      comments(first: 20) {
        nodes {
          ...CommentFields
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);
