/** The server's renditions (photo-rules.ts): the longest side of the display image and of the thumbnail. */
const THUMBNAIL_LONGEST_SIDE = 480;

export interface PhotoRenditions {
  url?: string | null;
  thumbnailUrl?: string | null;
  /** Of the display rendition. */
  width?: number | null;
  height?: number | null;
}

export interface ResponsiveImage {
  src: string;
  srcSet?: string;
  width?: number;
  height?: number;
}

/**
 * `src`, `srcset` and intrinsic size for a photo: the browser picks the 480 px thumbnail on a
 * phone and the display size where a card is shown large or on a dense screen, and reserves the
 * box before the bytes arrive (no layout shift).
 */
export function responsiveImage(photo: PhotoRenditions): ResponsiveImage | null {
  const src = photo.thumbnailUrl ?? photo.url;
  if (!src) return null;
  const { width, height } = photo;
  if (!width || !height) return { src };
  const scale = Math.min(1, THUMBNAIL_LONGEST_SIDE / Math.max(width, height));
  const thumbWidth = Math.round(width * scale);
  const thumbHeight = Math.round(height * scale);
  const candidates = [photo.thumbnailUrl ? `${photo.thumbnailUrl} ${thumbWidth}w` : null, photo.url && scale < 1 ? `${photo.url} ${width}w` : null].filter(Boolean);
  return {
    src,
    srcSet: candidates.length > 1 ? candidates.join(', ') : undefined,
    width: photo.thumbnailUrl ? thumbWidth : width,
    height: photo.thumbnailUrl ? thumbHeight : height,
  };
}
