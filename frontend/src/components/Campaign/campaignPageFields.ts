import { graphql } from '../../gql';

/**
 * What the campaign page's hero and rules show. The brand editor edits exactly these (and
 * previews them with the same components), so both ask for the campaign with this fragment.
 */
export const CampaignPageFields = graphql(`
  fragment CampaignPageFields on Campaign {
    id
    slug
    title
    description
    hashtag
    rules
    coverImageUrl
    startsAt
    endsAt
    status
    requiresModeration
    maxPhotosPerStory
    storyCount
    participantCount
    pointsRules {
      storyApproved
      storyFeatured
      prizeWon
      likeReceived
      likeReceivedDailyCap
    }
  }
`);
