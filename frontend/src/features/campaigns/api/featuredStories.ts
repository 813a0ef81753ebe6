import { graphql } from '../../../gql';

/** The featured stories of every running or ended campaign, most recently featured first. */
export const FeaturedStoriesDocument = graphql(`
  query FeaturedStories($first: Int, $after: String) {
    featuredStories(first: $first, after: $after) {
      nodes {
        ...StoryCardFields
        campaign {
          id
          slug
          title
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
