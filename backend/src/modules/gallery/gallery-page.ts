import { escapeHtml } from '../../core/web/page-previews';
import type { Gallery, GalleryLanguage, GalleryLayout } from './gallery.service';

const WORDS: Record<GalleryLanguage, { heading: string; view: string; likes: (n: number) => string; empty: string; featured: string; previous: string; next: string; from: (campaign: string) => string }> = {
  'zh-CN': {
    heading: '买家秀',
    view: '查看故事',
    likes: (n) => `${n} 个赞`,
    empty: '还没有可以展示的分享。',
    featured: '精选',
    previous: '上一个',
    next: '下一个',
    from: (campaign) => `来自「${campaign}」的顾客分享`,
  },
  en: {
    heading: 'Customer photos',
    view: 'View story',
    likes: (n) => `${n} ${n === 1 ? 'like' : 'likes'}`,
    empty: 'No stories to show yet.',
    featured: 'Featured',
    previous: 'Previous',
    next: 'Next',
    from: (campaign) => `Shared by customers in “${campaign}”`,
  },
};

/**
 * The embeddable gallery: one small page for an iframe on a product page (no app bundle; CSS and
 * the carousel's few lines of script inline, allowed by their hashes), phone first. Grid: two
 * columns at 360 px, more as it widens. Carousel: a row that snaps, with buttons.
 */
export function galleryPage(gallery: Gallery, options: { layout: GalleryLayout; language: GalleryLanguage }): string {
  const words = WORDS[options.language];
  const sizes = options.layout === 'grid' ? '(max-width: 480px) 50vw, 240px' : '(max-width: 480px) 70vw, 260px';
  const cards = gallery.items
    .map((item, index) => {
      const dimensions = item.image.width && item.image.height ? ` width="${item.image.width}" height="${item.image.height}"` : '';
      return `<li class="card"><a href="${escapeHtml(item.url)}" target="_blank" rel="noopener">` +
        `<img src="${escapeHtml(item.image.src)}" srcset="${escapeHtml(item.image.srcset)}" sizes="${sizes}"${dimensions} alt="${escapeHtml(item.title)}" ${index < 4 ? '' : 'loading="lazy" '}decoding="async">` +
        (item.featured ? `<span class="badge">${words.featured}</span>` : '') +
        `<span class="text"><strong>${escapeHtml(item.title)}</strong><span class="meta">${escapeHtml(item.author)} · ${words.likes(item.likeCount)}</span></span>` +
        `<span class="sr">${words.view}</span></a></li>`;
    })
    .join('');
  const carousel = options.layout === 'carousel' && gallery.items.length > 1;
  return `<!doctype html><html lang="${options.language}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${words.heading} · ${escapeHtml(gallery.campaign.title)}</title>` +
    `<style>${GALLERY_STYLE}</style></head>` +
    `<body class="${options.layout}"><main aria-label="${escapeHtml(words.from(gallery.campaign.title))}">` +
    (gallery.items.length
      ? `<ul class="items" id="items">${cards}</ul>` +
        (carousel ? `<div class="nav"><button type="button" data-step="-1" aria-controls="items">‹<span class="sr">${words.previous}</span></button><button type="button" data-step="1" aria-controls="items">›<span class="sr">${words.next}</span></button></div>` : '')
      : `<p class="empty">${words.empty}</p>`) +
    `<p class="from"><a href="${escapeHtml(gallery.campaign.url)}" target="_blank" rel="noopener">${escapeHtml(words.from(gallery.campaign.title))}</a></p>` +
    `</main>${carousel ? `<script>${CAROUSEL_SCRIPT}</script>` : ''}</body></html>`;
}

/** Inline, allowed by its hash in the page's Content-Security-Policy (gallery.controller.ts). */
export const GALLERY_STYLE = [
  '*{box-sizing:border-box}body{margin:0;font:14px/1.4 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC",sans-serif;color:#222;background:#fff}',
  'main{padding:8px}.items{list-style:none;margin:0;padding:0}',
  '.grid .items{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:8px}',
  '.carousel .items{display:flex;gap:8px;overflow-x:auto;scroll-snap-type:x mandatory;scrollbar-width:none}.carousel .items::-webkit-scrollbar{display:none}',
  '.carousel .card{flex:0 0 70%;max-width:260px;scroll-snap-align:start}',
  '.card a{position:relative;display:block;border-radius:8px;overflow:hidden;background:#f4f4f4;color:inherit;text-decoration:none}',
  '.card a:focus-visible{outline:3px solid #e4393c;outline-offset:2px}',
  '.card img{display:block;width:100%;height:auto;aspect-ratio:1;object-fit:cover}',
  '.text{display:block;padding:6px 8px}.text strong{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}',
  '.meta{display:block;color:#666;font-size:12px}',
  '.badge{position:absolute;top:6px;left:6px;background:#e4393c;color:#fff;font-size:12px;padding:1px 6px;border-radius:4px}',
  '.nav{display:flex;justify-content:flex-end;gap:8px;margin-top:6px}.nav button{min-width:44px;min-height:44px;border:1px solid #ccc;border-radius:22px;background:#fff;font-size:20px;cursor:pointer}',
  '.from{margin:8px 0 0;font-size:12px}.from a{color:#666}.empty{color:#666;text-align:center;padding:24px 0}',
  '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
].join('');

export const CAROUSEL_SCRIPT =
  'document.querySelectorAll("[data-step]").forEach(function(b){b.addEventListener("click",function(){' +
  'var l=document.getElementById("items"),c=l.querySelector(".card");' +
  'l.scrollBy({left:Number(b.dataset.step)*(c?c.getBoundingClientRect().width+8:l.clientWidth),behavior:"smooth"})})})';
