import { graphql } from '../../../../gql';

/** Everything the dashboard shows, in one request: the campaign, its numbers and its top stories. */
export const CampaignDashboardDocument = graphql(`
  query CampaignDashboard($campaignId: ID!) {
    campaign(id: $campaignId) {
      id
      slug
      title
      status
      startsAt
      endsAt
      timeZone
    }
    campaignStats(campaignId: $campaignId) {
      storyCount
      approvedStoryCount
      pendingStoryCount
      participantCount
      likeCount
      commentCount
      usageRightsGrantedCount
      engagementPerApprovedStory
      funnel {
        participants
        submitted
        approved
        usageRightsGranted
        featured
      }
      referredVisits
      referredSignups
      referredStories
      topSharers {
        visits
        signups
        user {
          id
          displayName
        }
      }
      topHashtags {
        tag
        stories
      }
      daily {
        date
        stories
        likes
        comments
      }
    }
    storyLeaderboard(campaignId: $campaignId, period: ALL_TIME, first: 10) {
      rank
      likeCount
      story {
        id
        title
        featured
        commentCount
        usageRightsGranted
        products {
          sku
          name
          url
        }
        author {
          id
          displayName
        }
        photos {
          id
          thumbnailUrl
          url
        }
      }
    }
  }
`);
