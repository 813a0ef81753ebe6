import { registerEnumType } from '@nestjs/graphql';

/**
 * Windows ending now (or, once a campaign has ended, at its end). DAY and WEEK start on the hour
 * 24 hours (7 days) before the current one began, so they move on the hour: see like-windows.ts.
 */
export enum LeaderboardPeriod {
  /** The last 24 hours, counted from the hour. */
  DAY = 'DAY',
  /** The last 7 days, counted from the hour. */
  WEEK = 'WEEK',
  ALL_TIME = 'ALL_TIME',
}

registerEnumType(LeaderboardPeriod, {
  name: 'LeaderboardPeriod',
  valuesMap: {
    DAY: { description: 'The likes since the start of the hour 24 hours ago.' },
    WEEK: { description: 'The likes since the start of the hour 7 days ago.' },
  },
});
