import { graphql } from '../../../gql';

/** The pending count again whenever the queue changes, by any moderator on any instance. */
export const PendingStoryCountChangedDocument = graphql(`
  subscription PendingStoryCountChanged {
    pendingStoryCountChanged
  }
`);
