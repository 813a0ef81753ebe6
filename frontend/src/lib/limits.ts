// Every length and size limit the app checks before sending: all from @ugc/shared, the same
// object the server validates with, so the two never disagree.
import { LIMITS } from '@ugc/shared';

export { LIMITS };
export type { PhotoContentType } from '@ugc/shared';

/** CampaignInput / UpdateCampaignInput. */
export const CAMPAIGN_LIMITS = LIMITS.campaign;

/** ModerationTermInput.term. */
export const MODERATION_TERM_MAX = LIMITS.moderationTerm;

/** The content types the server accepts for photos, as an `accept` attribute. */
export const PHOTO_ACCEPT = LIMITS.photo.contentTypes.join(',');

/** "15 MB" in the person's locale. */
export function formatMegabytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 }).format(bytes / (1024 * 1024));
}

/** Reasons and notes staff and readers write. */
export const NOTE_LIMITS = {
  rejectReason: LIMITS.note.reject,
  suspendReason: LIMITS.note.suspend,
  reportNote: LIMITS.note.report,
} as const;
