import type { Viewer } from '../../core/auth/viewer';
import { isBrandStaff, isModerator } from '../accounts/role.enum';
import type { CampaignEntity } from '../campaigns/campaign.entity';
import { isCampaignOpen, openCampaignSql } from '../campaigns/campaign-visibility';
import { StoryStatus } from './story-status.enum';
import type { StoryEntity } from './story.entity';

/**
 * Who may see a story: the one rule every reader applies (story pages, feeds, leaderboards,
 * comments, subscriptions, reports, the log, exports, media). Here in three forms that say the
 * same thing: `canViewStory` for one story in hand, `VisibleStoryByIdLoader` for GraphQL fields,
 * `publicStorySql` / `listedStorySql` for queries.
 *
 * - Deleted: nobody.
 * - MODERATOR and ADMIN: every other story, in every campaign (they decide on them).
 * - Everyone else sees content only of campaigns that are published and have started;
 *   BRAND_STAFF also of their DRAFT and SCHEDULED campaigns (to preview them).
 * - There, APPROVED is public; PENDING and REJECTED are seen by their author too; REMOVED by no
 *   author (they see it in myStories, with the reason).
 * Hidden means null or NOT_FOUND, exactly as if the story did not exist.
 */
export function canViewStory(
  viewer: Viewer | null,
  story: Pick<StoryEntity, 'status' | 'authorId' | 'deletedAt'>,
  campaign: Pick<CampaignEntity, 'published' | 'startsAt'>,
  now = new Date(),
): boolean {
  if (story.deletedAt) return false;
  if (viewer && isModerator(viewer)) return true;
  if (!canSeeContentOf(viewer, campaign, now)) return false;
  if (story.status === StoryStatus.APPROVED) return true;
  return !!viewer && story.authorId === viewer.id && story.status !== StoryStatus.REMOVED;
}

/** Whether the campaign's stories may be shown to this viewer at all (the campaign half of the rule). */
export function canSeeContentOf(viewer: Viewer | null, campaign: Pick<CampaignEntity, 'published' | 'startsAt'>, now = new Date()): boolean {
  return isCampaignOpen(campaign, now) || (!!viewer && (isModerator(viewer) || isBrandStaff(viewer)));
}

/**
 * SQL: the story aliased `alias` is public (APPROVED and not deleted). The partial indexes of
 * every feed and leaderboard are defined on exactly this condition (with no alias).
 */
export function publicStorySql(alias?: string): string {
  const a = alias ? `${alias}.` : '';
  return `${a}status = 'APPROVED' AND ${a}deleted_at IS NULL`;
}

/** SQL for lists that span campaigns (search, featured, profiles): public stories of open campaigns. */
export function listedStorySql(story = 's', campaign = 'c'): string {
  return `${publicStorySql(story)} AND ${openCampaignSql(campaign)}`;
}

/** Statuses whose photos may be served publicly: a REMOVED or REJECTED story's photos are withheld. */
export function mayServeMediaOf(story: Pick<StoryEntity, 'status' | 'deletedAt'>): boolean {
  return !story.deletedAt && story.status !== StoryStatus.REMOVED && story.status !== StoryStatus.REJECTED;
}
