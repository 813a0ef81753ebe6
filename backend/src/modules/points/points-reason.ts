/**
 * Why points moved, as PointsEntry.reason and points.changed's `reason`: a credit has the base
 * name, a take-back the base name with _REVERSED. The web app words each one (zh-CN, en).
 */
export const POINTS_BASE_REASONS = ['STORY_APPROVED', 'STORY_FEATURED', 'PRIZE_WON', 'LIKES_RECEIVED'] as const;
export type PointsBaseReason = (typeof POINTS_BASE_REASONS)[number];
export type PointsReason = PointsBaseReason | `${PointsBaseReason}_REVERSED`;

export const POINTS_REASONS: readonly PointsReason[] = POINTS_BASE_REASONS.flatMap((base) => [base, `${base}_REVERSED` as const]);

export const reasonFor = (base: PointsBaseReason, delta: number): PointsReason => (delta > 0 ? base : `${base}_REVERSED`);

/** The ledger's subjects: what a (user, subject) sum is held for. */
export const Subjects = {
  approved: (storyId: string) => `story:${storyId}:approved`,
  featured: (storyId: string) => `story:${storyId}:featured`,
  prize: (prizeId: string, storyId: string) => `prize:${prizeId}:${storyId}`,
  likes: (campaignId: string, day: string) => `likes:${campaignId}:${day}`,
};
