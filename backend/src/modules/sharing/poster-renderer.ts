import { Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import sharp, { OverlayOptions } from 'sharp';
import { POSTER_HEIGHT, POSTER_WIDTH } from './poster-layout';

/**
 * The CJK font posters are set in, shipped as an npm package (Noto Sans SC, OFL): the server's
 * own fonts may have no Chinese at all, and a missing glyph is drawn as an empty box.
 */
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');

const MARGIN = 60;
const TEXT_WIDTH = POSTER_WIDTH - 2 * MARGIN;
const PHOTO_HEIGHT = 720;
const QR_SIZE = 300;
const INK = '#2b2118';
const ACCENT = '#f0643c';
const PAPER = '#fff8f2';

export interface PosterContent {
  title: string;
  /** "by 小林", or the campaign's description on a campaign's poster. */
  byline: string;
  /** The campaign's name and hashtag. */
  footer: string;
  /** What the QR code holds: the share link. */
  url: string;
  /** The photo at the top (any format sharp reads), or null for a plain band in the brand's colour. */
  photo: Buffer | null;
  /** Under the QR code: "Scan to read". */
  scanHint: string;
}

/**
 * Draws a share poster: photo on top, then the title, byline and campaign, and a QR code of the
 * share link at the bottom right, large and with its quiet zone so phone cameras read it from a
 * chat screenshot. Text is laid out by Pango (through sharp) in the bundled font.
 */
@Injectable()
export class PosterRenderer {
  async render(content: PosterContent): Promise<Buffer> {
    const layers: OverlayOptions[] = [];
    layers.push({ input: await this.photoBand(content.photo), top: 0, left: 0 });

    let top = PHOTO_HEIGHT + 50;
    const title = await text(content.title, { font: FONT_BOLD, size: 60, color: INK, maxChars: 32 });
    layers.push({ input: title.image, top, left: MARGIN });
    top += title.height + 24;
    if (content.byline) {
      const byline = await text(content.byline, { font: FONT_REGULAR, size: 36, color: '#6b5a4c', maxChars: 40, width: TEXT_WIDTH - QR_SIZE - 40 });
      layers.push({ input: byline.image, top, left: MARGIN });
    }

    const qrTop = POSTER_HEIGHT - MARGIN - QR_SIZE - 40;
    const qr = await QRCode.toBuffer(content.url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: QR_SIZE, color: { dark: '#000000', light: '#ffffff' } });
    layers.push({ input: qr, top: qrTop, left: POSTER_WIDTH - MARGIN - QR_SIZE });
    const hint = await text(content.scanHint, { font: FONT_REGULAR, size: 24, color: '#6b5a4c', maxChars: 24, width: QR_SIZE + MARGIN });
    layers.push({ input: hint.image, top: qrTop + QR_SIZE + 8, left: POSTER_WIDTH - MARGIN - QR_SIZE });

    const footer = await text(content.footer, { font: FONT_BOLD, size: 40, color: ACCENT, maxChars: 40, width: TEXT_WIDTH - QR_SIZE - 40 });
    layers.push({ input: footer.image, top: qrTop + QR_SIZE - footer.height, left: MARGIN });

    return sharp({ create: { width: POSTER_WIDTH, height: POSTER_HEIGHT, channels: 3, background: PAPER } })
      .composite(layers)
      .png({ compressionLevel: 8 })
      .toBuffer();
  }

  private async photoBand(photo: Buffer | null): Promise<Buffer> {
    if (photo) {
      try {
        return await sharp(photo).rotate().resize(POSTER_WIDTH, PHOTO_HEIGHT, { fit: 'cover', position: 'attention' }).png().toBuffer();
      } catch {
        // An unreadable photo should not cost the story its poster: the plain band instead.
      }
    }
    return sharp({ create: { width: POSTER_WIDTH, height: PHOTO_HEIGHT, channels: 3, background: ACCENT } }).png().toBuffer();
  }
}

/**
 * One block of wrapped text as an image. Characters the font has no glyph for (emoji) are left
 * out rather than drawn as boxes; long text is cut at `maxChars` with an ellipsis.
 */
async function text(
  value: string,
  options: { font: string; size: number; color: string; maxChars: number; width?: number },
): Promise<{ image: Buffer; height: number }> {
  const clean = Array.from(value.replace(/\p{Extended_Pictographic}|[\u200d\ufe0f\u20e3]/gu, '').replace(/\s+/g, ' ').trim());
  const cut = clean.length > options.maxChars ? `${clean.slice(0, options.maxChars - 1).join('')}…` : clean.join('');
  const markup = `<span foreground="${options.color}">${escapeMarkup(cut || ' ')}</span>`;
  const image = await sharp({
    text: { text: markup, fontfile: options.font, font: `Noto Sans SC ${options.font === FONT_BOLD ? 'Bold ' : ''}${options.size}`, width: options.width ?? TEXT_WIDTH, rgba: true, dpi: 72, spacing: Math.round(options.size * 0.3) },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { image: image.data, height: image.info.height };
}

function escapeMarkup(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
