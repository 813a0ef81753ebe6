/**
 * The limits people meet when they write or upload, in one place: the server enforces them and
 * the web app shows them (character counters, file pickers) so the two never disagree.
 */
export const LIMITS = {
  displayName: { min: 1, max: 40 },
  /** The short line about themself on a profile page. */
  bio: 160,
  /** Words to search stories for (and at least this many characters: shorter matches everything). */
  searchQuery: { min: 1, max: 100 },
  password: { min: 10, max: 256 },
  storyTitle: { min: 1, max: 120 },
  storyBody: { min: 1, max: 20_000 },
  comment: { min: 1, max: 2_000 },
  campaignSlug: { min: 3, max: 64, pattern: /^[a-z0-9-]+$/ },
  campaign: { title: 120, description: 10_000, hashtag: 64, rules: 10_000, maxPhotosPerStory: 20 },
  /** Reasons and notes that staff and readers write. */
  note: { report: 1000, reject: 1000, resolveReport: 1000, feature: 500, hideComment: 500, suspend: 500 },
  moderationTerm: 100,
  photoFilename: 255,
  photo: {
    maxBytes: 15 * 1024 * 1024,
    maxMegapixels: 40,
    contentTypes: ['image/jpeg', 'image/png', 'image/webp'] as const,
    uploadUrlLifetimeMinutes: 15,
  },
  page: { min: 1, max: 100 },
} as const;

export type PhotoContentType = (typeof LIMITS.photo.contentTypes)[number];

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Length as people count it: one per character they see (a grapheme cluster), so a Chinese
 * character, 🌸, ❤️ (two code points) and 👩‍👩‍👧 (five) each count once. The server validates
 * and the web app counts with this same function, so the two never disagree.
 */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}
