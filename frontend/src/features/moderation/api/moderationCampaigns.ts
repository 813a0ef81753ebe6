import { graphql } from '../../../gql';

/** For the queue's campaign filter. */
export const ModerationCampaignsDocument = graphql(`
  query ModerationCampaigns {
    campaigns(first: 100) {
      nodes {
        id
        title
        status
      }
    }
  }
`);
