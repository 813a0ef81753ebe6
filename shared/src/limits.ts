/**
 * The limits people meet when they write or upload, in one place: the server enforces them and
 * the web app shows them (character counters, file pickers) so the two never disagree.
 */
export const LIMITS = {
  displayName: { min: 1, max: 40 },
  password: { min: 8, max: 256 },
  storyTitle: { min: 1, max: 120 },
  storyBody: { min: 1, max: 20_000 },
  comment: { min: 1, max: 2_000 },
  campaignSlug: { min: 3, max: 64, pattern: /^[a-z0-9-]+$/ },
  photo: {
    maxBytes: 15 * 1024 * 1024,
    maxMegapixels: 40,
    contentTypes: ['image/jpeg', 'image/png', 'image/webp'] as const,
    uploadUrlLifetimeMinutes: 15,
  },
  page: { min: 1, max: 100 },
} as const;

export type PhotoContentType = (typeof LIMITS.photo.contentTypes)[number];

/** Length as people count it: one per character, so an emoji or a Chinese character counts once. */
export function characterCount(text: string): number {
  return [...text].length;
}
