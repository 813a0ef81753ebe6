import { graphql } from '../../../gql';

/** What the inbox shows of a notification; the live feed asks for the same, so both fill one cache entry. */
export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    link
    read
    createdAt
    story {
      id
      title
    }
    comment {
      id
    }
  }
`);
