import type { Viewer } from '../../core/auth/viewer';
import { isBrandStaff } from '../accounts/role.enum';
import type { CampaignEntity } from './campaign.entity';

/** A DRAFT (unpublished) campaign exists for BRAND_STAFF and ADMIN only; for everyone else it is null. */
export function canViewCampaign(viewer: Viewer | null, campaign: Pick<CampaignEntity, 'published'>): boolean {
  return campaign.published || (!!viewer && isBrandStaff(viewer));
}

/** Published and started: its content is public. A SCHEDULED campaign shows its page, not stories. */
export function isCampaignOpen(campaign: Pick<CampaignEntity, 'published' | 'startsAt'>, now = new Date()): boolean {
  return campaign.published && campaign.startsAt <= now;
}

/** The same as isCampaignOpen, in SQL, for the campaign aliased `alias`. */
export function openCampaignSql(alias = 'c'): string {
  return `${alias}.published = true AND ${alias}.starts_at <= now()`;
}
