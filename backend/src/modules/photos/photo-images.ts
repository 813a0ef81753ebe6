import sharp from 'sharp';
import { AcceptedContentType, DISPLAY_LONGEST_SIDE, MAX_PIXELS, THUMBNAIL_LONGEST_SIDE } from './photo-rules';

/** The image itself is unusable (not an accepted format, too big, corrupt): retrying will not help. */
export class UnusableImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = UnusableImageError.name;
  }
}

const SHARP_FORMATS: Record<AcceptedContentType, string> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' };

/**
 * The accepted type the bytes really are, by their signature, whatever the client declared.
 * Checked before sharp sees anything, so no other decoder (SVG, TIFF, HEIF, ...) is ever reached.
 */
export function sniffContentType(head: Buffer): AcceptedContentType | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (head.length >= 12 && head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/**
 * Width and height from the header alone (sharp's metadata decodes no pixels), or null when the
 * header is not readable from these bytes, e.g. a JPEG whose size marker lies past a long EXIF block.
 */
export async function headerDimensions(bytes: Buffer, type: AcceptedContentType): Promise<{ width: number; height: number } | null> {
  try {
    // No pixel limit here: this reads the header only, and the caller compares with MAX_PIXELS itself.
    const metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (metadata.format !== SHARP_FORMATS[type] || !metadata.width || !metadata.height) return null;
    return { width: metadata.width, height: metadata.height };
  } catch {
    return null;
  }
}

export function megapixels(dimensions: { width: number; height: number }): number {
  return (dimensions.width * dimensions.height) / 1e6;
}

export interface RenderedImage {
  data: Buffer;
  width: number;
  height: number;
}

/**
 * The served versions of an upload: turned upright from its EXIF orientation, converted to sRGB,
 * transparency flattened onto white, as JPEG. sharp writes no metadata (EXIF, GPS, XMP, IPTC,
 * ICC) unless asked to, so none of the original's survives.
 */
export async function renderDerivatives(original: Buffer): Promise<{ display: RenderedImage; thumbnail: RenderedImage }> {
  const type = sniffContentType(original);
  if (!type) throw new UnusableImageError('The file is not a JPEG, PNG or WebP image.');
  const dimensions = await headerDimensions(original, type);
  if (!dimensions) throw new UnusableImageError('The image header is unreadable.');
  if (dimensions.width * dimensions.height > MAX_PIXELS) throw new UnusableImageError('The image is larger than 40 megapixels.');

  const upright = sharp(original, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
    .rotate()
    .toColorspace('srgb')
    .flatten({ background: '#ffffff' });
  const render = async (longestSide: number, quality: number): Promise<RenderedImage> => {
    const { data, info } = await upright
      .clone()
      .resize({ width: longestSide, height: longestSide, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  };
  try {
    const [display, thumbnail] = await Promise.all([render(DISPLAY_LONGEST_SIDE, 82), render(THUMBNAIL_LONGEST_SIDE, 78)]);
    return { display, thumbnail };
  } catch (error) {
    throw new UnusableImageError(`The image could not be decoded (${error instanceof Error ? error.message : error}).`);
  }
}
