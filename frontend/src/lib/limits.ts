// Every length and size limit the app checks before sending, in one place. The shared ones come
// from @ugc/shared (the same object the server validates with); the rest mirror the server's
// input types, which do not export them.
import { LIMITS } from '@ugc/shared';

export { LIMITS };
export type { PhotoContentType } from '@ugc/shared';

/** CampaignInput / UpdateCampaignInput (backend/src/modules/campaigns/dto). */
export const CAMPAIGN_LIMITS = {
  title: 120,
  description: 10_000,
  rules: 10_000,
  hashtag: 64,
  maxPhotosPerStory: 20,
} as const;

/** ModerationTermInput.term. */
export const MODERATION_TERM_MAX = 100;

/** The content types the server accepts for photos, as an `accept` attribute. */
export const PHOTO_ACCEPT = LIMITS.photo.contentTypes.join(',');

/** "15 MB" in the person's locale. */
export function formatMegabytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 }).format(bytes / (1024 * 1024));
}

/** Reasons and notes staff and readers write (moderation and engagement argument types). */
export const NOTE_LIMITS = {
  rejectReason: 1000,
  suspendReason: 500,
  reportNote: 1000,
} as const;
