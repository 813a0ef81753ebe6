import { graphql } from '../../../gql';

export const ModerationTermFields = graphql(`
  fragment ModerationTermFields on ModerationTerm {
    id
    term
    action
    campaignId
    createdAt
  }
`);

/** The global list (campaignId null) or one campaign's own list. */
export const ModerationTermsDocument = graphql(`
  query ModerationTerms($campaignId: ID) {
    moderationTerms(campaignId: $campaignId) {
      ...ModerationTermFields
    }
  }
`);

/** The campaigns a term can be limited to. */
export const TermCampaignsDocument = graphql(`
  query TermCampaigns($first: Int) {
    campaigns(first: $first) {
      nodes {
        id
        title
        status
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
