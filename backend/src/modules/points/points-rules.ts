/** What a campaign's members earn. */
export interface PointsRules {
  storyApproved: number;
  storyFeatured: number;
  prizeWon: number;
  likeReceived: number;
  likeReceivedDailyCap: number;
}

/** A campaign that never set rules gives no points: crediting a brand's member system is the brand's decision to opt in. */
export const NO_POINTS: PointsRules = { storyApproved: 0, storyFeatured: 0, prizeWon: 0, likeReceived: 0, likeReceivedDailyCap: 0 };

/** The example, which the demo's campaigns use (the console suggests the same to a campaign without rules). */
export const SUGGESTED_POINTS_RULES: PointsRules = { storyApproved: 10, storyFeatured: 50, prizeWon: 100, likeReceived: 1, likeReceivedDailyCap: 20 };

/** Each value is an integer in this range (setPointsRules refuses anything else). */
export const POINTS_RULE_MAX = 10_000;
