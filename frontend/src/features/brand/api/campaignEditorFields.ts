import { graphql } from '../../../gql';

export const CampaignEditorFields = graphql(`
  fragment CampaignEditorFields on Campaign {
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
  }
`);
