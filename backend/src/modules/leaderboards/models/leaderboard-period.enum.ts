import { registerEnumType } from '@nestjs/graphql';

/** Rolling windows ending now (or, once a campaign has ended, at its end). */
export enum LeaderboardPeriod {
  /** The last 24 hours. */
  DAY = 'DAY',
  /** The last 7 days. */
  WEEK = 'WEEK',
  ALL_TIME = 'ALL_TIME',
}

registerEnumType(LeaderboardPeriod, { name: 'LeaderboardPeriod' });

/** The window's length in seconds; null for all time. */
export const PERIOD_SECONDS: Record<LeaderboardPeriod, number | null> = {
  DAY: 24 * 3600,
  WEEK: 7 * 24 * 3600,
  ALL_TIME: null,
};
