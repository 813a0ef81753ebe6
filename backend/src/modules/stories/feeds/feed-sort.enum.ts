import { registerEnumType } from '@nestjs/graphql';

export enum FeedSort {
  /** Newest publishedAt first. */
  NEW = 'NEW',
  /** hotScore first: likes weighed against age (see hot-score.ts). */
  HOT = 'HOT',
  /** Most likes first, newer first on ties. */
  TOP = 'TOP',
  /** Featured stories, most recently featured first. */
  FEATURED = 'FEATURED',
}

registerEnumType(FeedSort, { name: 'FeedSort' });
