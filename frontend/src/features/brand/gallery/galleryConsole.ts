import { graphql } from '../../../gql';

export const GalleryConsoleDocument = graphql(`
  query GalleryConsole($id: ID!) {
    campaign(id: $id) {
      id
      slug
      title
      products {
        sku
        name
        url
      }
    }
  }
`);

export type GalleryLayout = 'grid' | 'carousel';
export type GalleryLanguage = 'zh-CN' | 'en';

export interface GalleryOptions {
  slug: string;
  sku: string | null;
  layout: GalleryLayout;
  language: GalleryLanguage;
}

/** The query both gallery URLs take (gallery.controller.ts): campaign, then what narrows or shapes it. */
function query({ slug, sku, layout, language }: GalleryOptions, shape: boolean): string {
  const params = new URLSearchParams({ campaign: slug });
  if (sku) params.set('sku', sku);
  if (shape) {
    params.set('layout', layout);
    params.set('lang', language);
  }
  return params.toString();
}

export const embedUrl = (origin: string, options: GalleryOptions) => `${origin}/embed/gallery?${query(options, true)}`;
export const jsonUrl = (origin: string, options: GalleryOptions) => `${origin}/api/gallery?${query(options, false)}`;

/** How tall the frame is: a grid shows two or three rows on a phone, a carousel one row of cards. */
export const FRAME_HEIGHT: Record<GalleryLayout, number> = { grid: 640, carousel: 380 };

/** The <iframe> a shop pastes into its product page: full width, lazy, with a title for screen readers. */
export function embedSnippet(origin: string, options: GalleryOptions, title: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(embedUrl(origin, options))}" width="100%" height="${FRAME_HEIGHT[options.layout]}" style="border:0" loading="lazy" title="${escape(title)}"></iframe>`;
}
