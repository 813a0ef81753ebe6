import { graphql } from '../../../gql';

export const CampaignBySlugDocument = graphql(`
  query CampaignBySlug($slug: String!) {
    campaign(slug: $slug) {
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
  }
`);
