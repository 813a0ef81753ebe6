import { graphql } from '../../../gql';

export const ShareStoryCampaignDocument = graphql(`
  query ShareStoryCampaign($slug: String!) {
    campaign(slug: $slug) {
      id
      slug
      title
      hashtag
      status
      startsAt
      endsAt
      maxPhotosPerStory
      requiresModeration
      licenceText
    }
  }
`);
