/**
 * What a link preview shows for one of the web app's pages: the tags chat apps and crawlers read
 * from the first HTML answer (they run no script). Filled by the domain that owns the page's data;
 * the web-app server only injects them.
 */
export interface PagePreview {
  title: string;
  description: string;
  /** Absolute; null: no image (a neutral page). */
  image: { url: string; width: number; height: number } | null;
  /** The canonical absolute address (without the sharer). */
  url: string;
  type: 'website' | 'article' | 'profile';
  /**
   * For the app, not for crawlers: the campaign a campaign page shows, so that its first visit
   * asks for the feed at once instead of after the campaign's answer (the phone budget).
   */
  campaignId?: string;
}

/** The meta tag the web app reads the campaign id of its first page from (preloadCampaignPage.ts). */
export const CAMPAIGN_ID_META = 'ugc:campaign-id';

/** The parts of a page request a preview (and the visit it may record) depends on. */
export interface PageRequest {
  path: string;
  query: Record<string, unknown>;
  ip: string;
  userAgent: string;
}

/** The port: which preview a GET of a page answers with; null for the app's default page. */
export abstract class PagePreviews {
  abstract previewFor(page: PageRequest): Promise<PagePreview | null>;
}

/** HTML text and attribute escaping: titles and bodies are user content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The index.html with `preview`'s title and tags: the page's own `<title>` is replaced and the
 * tags go just before `</head>`, so the app's scripts and styles stay exactly as built.
 */
export function injectPreview(html: string, preview: PagePreview): string {
  const meta = (attr: 'name' | 'property', key: string, value: string) => `<meta ${attr}="${key}" content="${escapeHtml(value)}">`;
  const tags = [
    meta('name', 'description', preview.description),
    meta('property', 'og:type', preview.type),
    meta('property', 'og:title', preview.title),
    meta('property', 'og:description', preview.description),
    meta('property', 'og:url', preview.url),
    `<link rel="canonical" href="${escapeHtml(preview.url)}">`,
    ...(preview.image
      ? [
          meta('property', 'og:image', preview.image.url),
          meta('property', 'og:image:width', String(preview.image.width)),
          meta('property', 'og:image:height', String(preview.image.height)),
          meta('name', 'twitter:image', preview.image.url),
        ]
      : []),
    meta('name', 'twitter:card', preview.image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', preview.title),
    meta('name', 'twitter:description', preview.description),
    ...(preview.campaignId ? [meta('name', CAMPAIGN_ID_META, preview.campaignId)] : []),
  ].join('\n    ');
  const title = `<title>${escapeHtml(preview.title)}</title>`;
  const withTitle = /<title>[\s\S]*?<\/title>/i.test(html) ? html.replace(/<title>[\s\S]*?<\/title>/i, () => title) : html.replace(/<\/head>/i, () => `${title}\n</head>`);
  return withTitle.replace(/<\/head>/i, () => `    ${tags}\n  </head>`);
}
