/**
 * The operations the bench sends: the web app's own documents (frontend/src/features/…/api and
 * the fragments they spread), written out flat because the bench posts plain JSON.
 */

const STORY_CARD_FIELDS = `
  fragment StoryCardFields on Story {
    id
    title
    body
    status
    featured
    likeCount
    commentCount
    viewerHasLiked
    createdAt
    publishedAt
    author { id displayName avatarUrl }
    photos { id status thumbnailUrl url width height }
    campaign { id }
  }`;

const USAGE_RIGHTS_FIELDS = `
  fragment UsageRightsFields on Story {
    id
    usageRightsGranted
    usageRightsGrantedAt
    usageRightsHistory { at granted }
  }`;

const COMMENT_FIELDS = `
  fragment CommentFields on Comment {
    id
    body
    parentId
    hidden
    createdAt
    author { id displayName avatarUrl }
  }`;

/** The campaign page's feed (CampaignFeed), with the like button's viewerHasLiked on each card. */
export const CAMPAIGN_FEED = `
  query CampaignFeed($campaignId: ID!, $sort: FeedSort!, $first: Int, $after: String) {
    feed(campaignId: $campaignId, sort: $sort, first: $first, after: $after) {
      nodes { ...StoryCardFields }
      pageInfo { endCursor hasNextPage }
    }
  }
  ${STORY_CARD_FIELDS}`;

/** The story page (StoryPage) with its first 20 comments. */
export const STORY_PAGE = `
  query StoryPage($id: ID!) {
    story(id: $id) {
      id
      title
      body
      status
      rejectionReason
      featured
      featuredAt
      likeCount
      commentCount
      viewerHasLiked
      createdAt
      publishedAt
      ...UsageRightsFields
      author { id displayName avatarUrl }
      campaign { id slug title hashtag }
      photos { id status url thumbnailUrl width height }
      comments(first: 20) {
        nodes { ...CommentFields }
        pageInfo { endCursor hasNextPage }
      }
    }
  }
  ${USAGE_RIGHTS_FIELDS}
  ${COMMENT_FIELDS}`;

export const STORY_LEADERBOARD = `
  query StoryLeaderboard($campaignId: ID!, $period: LeaderboardPeriod!, $first: Int) {
    storyLeaderboard(campaignId: $campaignId, period: $period, first: $first) {
      rank
      likeCount
      story { id title author { id displayName } }
    }
  }`;

export const LIKE_STORY = `
  mutation LikeStory($storyId: ID!) {
    likeStory(storyId: $storyId) { id likeCount viewerHasLiked }
  }`;

export const ADD_COMMENT = `
  mutation AddComment($storyId: ID!, $body: String!, $parentId: ID) {
    addComment(storyId: $storyId, body: $body, parentId: $parentId) { ...CommentFields }
  }
  ${COMMENT_FIELDS}`;

export const SUBMIT_STORY = `
  mutation SubmitStory($input: SubmitStoryInput!) {
    submitStory(input: $input) {
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
      photos { id status thumbnailUrl }
      campaign { id slug title }
    }
  }
  ${USAGE_RIGHTS_FIELDS}`;

/** The title the bench's submissions carry, so they can be removed after each run. */
export const SUBMISSION_TITLE = 'Bench submission';
