/**
 * Which likes count for the finale (the one place that says so). A like `l` of campaign `c` by
 * user `u` counts when it was given by the end, its liker was not voided by a moderator
 * (like_voids), is not suspended now, and existed before the campaign's likeEligibilityCutoff
 * when one is set. Voids also reach the live counters (story cards, live leaderboards): a voided
 * liker's likes are marked not counted and taken out of story_stat_shards when voided, and their
 * later likes never added (engagement/story-stat-shards.ts). Suspension and the cutoff touch only the results, since
 * a suspension ends and the live counters cannot know when.
 */
export function countedLikeSql(like = 'l', user = 'u', campaign = 'c'): string {
  return `${like}.created_at <= ${campaign}.ends_at AND ${eligibleLikerSql(like, user, campaign)}`;
}

/** The liker half of the rule (without the end of the campaign): what voidedLikeCount counts against. */
export function eligibleLikerSql(like = 'l', user = 'u', campaign = 'c'): string {
  return `NOT ${voidedLikerSql(`${like}.user_id`)}
    AND (${user}.suspended_until IS NULL OR ${user}.suspended_until <= now())
    AND (${campaign}.like_eligibility_cutoff IS NULL OR ${user}.created_at <= ${campaign}.like_eligibility_cutoff)`;
}

/** An author who may still win: not suspended now. */
export function eligibleAuthorSql(user = 'a'): string {
  return `(${user}.suspended_until IS NULL OR ${user}.suspended_until <= now())`;
}

/** Whether a moderator voided the liker `userId` (an SQL expression): their likes count nowhere. */
export function voidedLikerSql(userId: string): string {
  return `EXISTS (SELECT 1 FROM like_voids v WHERE v.user_id = ${userId})`;
}
