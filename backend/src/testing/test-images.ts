import sharp from 'sharp';

/**
 * Real image files for photo tests, made with sharp. Each is small to make, but real: a camera-like
 * JPEG carrying GPS EXIF, one that is stored sideways with an EXIF orientation, a PNG with
 * transparency, a WebP, a GIF, a header that claims more than 40 megapixels, and bytes that are no
 * image at all.
 */
const solid = (width: number, height: number, channels: 3 | 4 = 3) =>
  sharp({ create: { width, height, channels, background: channels === 4 ? { r: 20, g: 120, b: 200, alpha: 0.5 } : { r: 200, g: 80, b: 40 } } });

/** 3000×2000, with camera make, model and GPS position in its EXIF. */
export function jpegWithGps(): Promise<Buffer> {
  return solid(3000, 2000)
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'Pocket 1', Software: 'camera-firmware 1.0' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '31/1 14/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '121/1 28/1 0/1',
      },
    })
    .toBuffer();
}

/** Stored 1200 wide × 800 high, but EXIF orientation 6 says "turn it upright": it shows 800×1200. */
export function sidewaysJpeg(): Promise<Buffer> {
  return solid(1200, 800).jpeg().withMetadata({ orientation: 6 }).toBuffer();
}

export function png(width = 640, height = 480): Promise<Buffer> {
  return solid(width, height, 4).png().toBuffer();
}

export function webp(width = 800, height = 600): Promise<Buffer> {
  return solid(width, height).webp().toBuffer();
}

export function gif(): Promise<Buffer> {
  return solid(64, 64).gif().toBuffer();
}

/** 8000×6000 = 48 megapixels of one colour: a PNG of ~150 KB that would take ~144 MB to decode. */
export function pngOver40Megapixels(): Promise<Buffer> {
  return sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#ffffff' } }).png({ compressionLevel: 9 }).toBuffer();
}

/** Looks like a web page, whatever its name and declared type say. */
export function notAnImage(): Buffer {
  return Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>\n'.repeat(20));
}

/** The GPS IFD's tag numbers for latitude and longitude, as they appear in raw EXIF (little-endian). */
export function exifHasGps(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  // An IFD entry for GPSLatitude (tag 0x0002) or the GPS IFD pointer (0x8825) in either byte order.
  return [Buffer.from([0x25, 0x88]), Buffer.from([0x88, 0x25])].some((tag) => exif.includes(tag));
}
