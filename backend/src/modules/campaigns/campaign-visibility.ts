import { isBrandStaff } from '../accounts/role.enum';
import type { UserEntity } from '../accounts/user.entity';
import type { CampaignEntity } from './campaign.entity';

/** A DRAFT (unpublished) campaign exists for BRAND_STAFF and ADMIN only; for everyone else it is null. */
export function canViewCampaign(viewer: UserEntity | null, campaign: Pick<CampaignEntity, 'published'>): boolean {
  return campaign.published || (!!viewer && isBrandStaff(viewer));
}
