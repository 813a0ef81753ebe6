/** What a photo may be. Shared by the upload request, the check at claim time and processing. */
export const ACCEPTED_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type AcceptedContentType = (typeof ACCEPTED_CONTENT_TYPES)[number];

export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;

/** Read from the header before anything is decoded; also sharp's decoding limit in processing. */
export const MAX_PIXELS = 40_000_000;

/** How long an upload URL works. */
export const UPLOAD_URL_LIFETIME_MS = 15 * 60 * 1000;

/** Uploads not attached to a story (nor a campaign cover) are deleted after this. */
export const UNATTACHED_UPLOAD_LIFETIME_MS = 24 * 3600 * 1000;

/** `position` of a photo used as a campaign cover (story photos count from 0). */
export const COVER_POSITION = -1;
/** The position an avatar photo takes: like a cover, it belongs to no story. */
export const AVATAR_POSITION = -2;

export const DISPLAY_LONGEST_SIDE = 2048;
export const THUMBNAIL_LONGEST_SIDE = 480;
