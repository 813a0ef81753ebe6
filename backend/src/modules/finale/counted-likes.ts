/**
 * Which likes count for the finale (the one place that says so). A like `l` of campaign `c` by
 * user `u` counts when it was given by the end, its liker was not voided by a moderator
 * (like_voids), is not suspended now, and existed before the campaign's likeEligibilityCutoff
 * when one is set. The live counters on story cards count every like; the results count these.
 */
export function countedLikeSql(like = 'l', user = 'u', campaign = 'c'): string {
  return `${like}.created_at <= ${campaign}.ends_at AND ${eligibleLikerSql(like, user, campaign)}`;
}

/** The liker half of the rule (without the end of the campaign): what voidedLikeCount counts against. */
export function eligibleLikerSql(like = 'l', user = 'u', campaign = 'c'): string {
  return `NOT EXISTS (SELECT 1 FROM like_voids v WHERE v.user_id = ${like}.user_id)
    AND (${user}.suspended_until IS NULL OR ${user}.suspended_until <= now())
    AND (${campaign}.like_eligibility_cutoff IS NULL OR ${user}.created_at <= ${campaign}.like_eligibility_cutoff)`;
}

/** An author who may still win: not suspended now. */
export function eligibleAuthorSql(user = 'a'): string {
  return `(${user}.suspended_until IS NULL OR ${user}.suspended_until <= now())`;
}
