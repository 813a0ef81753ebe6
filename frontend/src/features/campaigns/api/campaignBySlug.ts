import { graphql } from '../../../gql';

export const CampaignBySlugDocument = graphql(`
  query CampaignBySlug($slug: String!) {
    campaign(slug: $slug) {
      ...CampaignPageFields
      leaderboardFrozenAt
      prizes {
        ...PrizeFields
      }
      shareUrl
      posterUrl
    }
  }
`);
