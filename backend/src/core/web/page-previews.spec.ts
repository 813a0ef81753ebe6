import { escapeHtml, injectPreview, PagePreview } from './page-previews';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Little Stories</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

const preview: PagePreview = {
  title: 'A "quoted" <b>title</b> & more',
  description: "It's 5 > 3",
  image: { url: 'https://stories.example.test/posters/story/1.png?ref=2&x=<y>', width: 1080, height: 1440 },
  url: 'https://stories.example.test/stories/1',
  type: 'article',
};

describe(injectPreview.name, () => {
  it('replaces the title and adds the tags inside <head>, escaped, leaving the scripts as built', () => {
    const html = injectPreview(INDEX, preview);
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more</title>');
    expect(html).toContain('<meta property="og:image" content="https://stories.example.test/posters/story/1.png?ref=2&amp;x=&lt;y&gt;">');
    expect(html).toContain('<meta name="description" content="It&#39;s 5 &gt; 3">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-abc.js"></script>');
    expect(html.indexOf('og:title')).toBeLessThan(html.indexOf('</head>'));
  });

  it('says summary, with no image tags, for a page without an image', () => {
    const html = injectPreview(INDEX, { ...preview, image: null });
    expect(html).not.toContain('og:image');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
  });

  it('treats $ in user text literally (no replacement patterns)', () => {
    expect(injectPreview(INDEX, { ...preview, title: "$& $' $1" })).toContain("<title>$&amp; $&#39; $1</title>");
  });
});

describe(escapeHtml.name, () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
