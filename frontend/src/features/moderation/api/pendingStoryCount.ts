import { graphql } from '../../../gql';

export const PendingStoryCountDocument = graphql(`
  query PendingStoryCount {
    pendingStoryCount
  }
`);
