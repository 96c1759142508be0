import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage, findMainRoot } from '../../../lib/dom/extract';
import { locate } from '../../../lib/dom/block-offsets';
import { readMetadata, toIsoDate } from '../../../lib/dom/metadata';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const ARTICLE = `<!doctype html><html lang="en-GB"><head>
<title>Clashes on the border | Desk</title>
<meta property="og:title" content="Clashes on the border">
<meta property="article:published_time" content="2025-10-12T09:30:00+05:00">
<link rel="canonical" href="https://example.org/a">
<style>p { color: red }</style><script>var Torkham = 1;</script>
</head><body>
<header class="site"><nav><a href="/">Home</a> <a href="/pk">Pakistan</a></nav></header>
<article>
  <h1>Clashes at <em>Torkham</em></h1>
  <p>Fire was exchanged along the <b>Durand</b> <i>Line</i> overnight.</p>
  <p hidden>Hidden Kabul text.</p>
  <p style="color: blue; display:none">Also hidden Kabul.</p>
  <div aria-hidden="true">Share on Kabul</div>
  <p>Officials said <code>Kabul()</code> was quiet.</p>
  <pre>Kabul preformatted</pre>
  <div contenteditable="true">Editable Kabul</div>
  <p>A <claimlens-badge>Taliban claim</claimlens-badge> badge host.</p>
  <textarea>Kabul textarea</textarea>
  <section id="comments"><p>Reader comment about Kabul</p></section>
  <ul><li>First point</li><li>Second point</li></ul>
</article>
<aside><p>Most read: Pakistan cricket</p></aside>
<footer><p>© Desk, Islamabad</p></footer>
</body></html>`;

describe('extractPage', () => {
  it('takes the article, block by block, and skips what the reader does not read', () => {
    const page = extractPage(doc(ARTICLE));
    expect(page.blocks.map((b) => [b.kind, b.text.trim()])).toEqual([
      ['title', 'Clashes on the border | Desk'],
      ['headline', 'Clashes at Torkham'],
      ['body', 'Fire was exchanged along the Durand Line overnight.'],
      ['body', 'Officials said  was quiet.'],
      ['body', 'A  badge host.'],
      ['body', 'First point'],
      ['body', 'Second point'],
    ]);
    expect(page.root?.tagName).toBe('ARTICLE');
  });

  it('keeps each block’s text nodes with their offsets, so an offset maps back to (node, offset)', () => {
    const page = extractPage(doc(ARTICLE));
    const block = page.blocks.find((b) => b.text.includes('Durand'))!;
    expect(block.nodes!.map((n) => n.data)).toEqual(['Fire was exchanged along the ', 'Durand', ' ', 'Line', ' overnight.']);
    expect(block.nodes!.map((n, i) => block.text.slice(block.offsets![i], block.offsets![i]! + n.data.length))).toEqual(
      block.nodes!.map((n) => n.data),
    );
    const start = block.text.indexOf('Durand');
    const end = start + 'Durand Line'.length;
    const a = locate(block, start)!;
    const b = locate(block, end, 'end')!;
    expect([a.node.data, a.offset]).toEqual(['Durand', 0]);
    expect([b.node.data, b.offset]).toEqual(['Line', 4]);
    expect(locate(block, end)!.node.data).toBe(' overnight.'); // as a start, the same offset is the next node's
    expect(page.blocks[0]!.nodes).toBeUndefined(); // the title is not in the body
  });

  it('reads the metadata', () => {
    expect(readMetadata(doc(ARTICLE))).toEqual({
      title: 'Clashes on the border | Desk',
      ogTitle: 'Clashes on the border',
      published: '2025-10-12',
      dateFrom: 'metadata',
      canonical: 'https://example.org/a',
      lang: 'en-GB',
    });
  });

  it('with no date in the metadata, reads one from the address, then from a dateline or byline at the top', () => {
    const page = (head: string, body: string) =>
      extractPage(doc(`<html><head>${head}</head><body><article>${body}</article></body></html>`));
    const para = '<p>' + 'Pakistani and Afghan forces exchanged fire along the frontier overnight, officials said. '.repeat(4) + '</p>';
    const fromUrl = page('<link rel="canonical" href="https://news.example/world/2025/10/12/border-clashes">', `<h1>Clashes</h1>${para}`);
    expect([fromUrl.meta.published, fromUrl.meta.dateFrom]).toEqual(['2025-10-12', 'address']);
    const byline = page('', `<h1>Clashes</h1><div>By A. Writer | Updated 14 October 2025</div>${para}`);
    expect([byline.meta.published, byline.meta.dateFrom]).toEqual(['2025-10-14', 'dateline']);
    const urdu = page(
      '',
      `<h1>جھڑپیں</h1><p>پشاور (۱۲ اکتوبر ۲۰۲۵) سرحد پر رات بھر فائرنگ ہوتی رہی۔ ${'سرحدی علاقوں میں کشیدگی برقرار ہے۔ '.repeat(6)}</p>`,
    );
    expect(urdu.meta.published).toBe('2025-10-12');
    // A date deep in the story is about something else: no date at all.
    const deep = page('', `<h1>Clashes</h1>${para}${para}${para}<p>The crossing was also shut on March 3, 2025, for weeks.</p>`);
    expect(deep.meta.published).toBeUndefined();
    // A metadata date wins over the address.
    const both = page(
      '<meta property="article:published_time" content="2025-10-13"><link rel="canonical" href="https://n.example/2025/10/12/a">',
      para,
    );
    expect(both.meta.published).toBe('2025-10-13');
  });

  it('finds the date in JSON-LD, a <time> element, or other meta names', () => {
    const ld = `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-12-24T08:00:00Z"}]}</script></head><body></body></html>`;
    expect(readMetadata(doc(ld)).published).toBe('2024-12-24');
    const time = `<html><body><article><time datetime="2025-03-02">2 March</time><p>x</p></article></body></html>`;
    expect(readMetadata(doc(time)).published).toBe('2025-03-02');
    const other = `<html><head><meta name="pubdate" content="20251015"></head><body></body></html>`;
    expect(readMetadata(doc(other)).published).toBe('2025-10-15');
    expect(toIsoDate('Sun, 12 Oct 2025 10:00:00 GMT')).toBe('2025-10-12');
    expect(toIsoDate('October 5, 2025')).toBe('2025-10-05');
    expect(toIsoDate('yesterday')).toBeUndefined();
  });

  it('without an article, never takes the navigation, and weighs a block by what its class or id says it holds', () => {
    const story = `<p>${'Kabul said the strikes hit homes near the crossing. '.repeat(6)}</p>`;
    // A site menu written as paragraphs, after the headline and longer than the story: never the article.
    const menu = `<html><body><header><h1>Headline</h1><nav><div id="menu_1"><p>${'Drugs and supplements, reviews and news. '.repeat(3)}</p><p>${'Health topics from A to Z. '.repeat(6)}</p></div></nav></header>
      <div id="story">${story}${story}</div></body></html>`;
    expect(findMainRoot(doc(menu))?.getAttribute('id')).toBe('story');
    // A box of teasers with more text than a short story right after the headline, against the story's own block.
    const teasers = `<p>${'Prague plans new housing on the old site, the council said. '.repeat(6)}</p>`;
    const boxed = `<html><body><div><h1>Headline</h1><div class="article__content">${story}${story}</div></div>
      <div class="timeline"><div class="box__desc">${teasers.repeat(6)}</div></div></body></html>`;
    expect(findMainRoot(doc(boxed))?.getAttribute('class')).toBe('article__content');
    const sidebar = `<html><body><h1>Headline</h1><div id="main-text">${story}</div><div class="sidebar-widget">${teasers.repeat(4)}</div></body></html>`;
    expect(findMainRoot(doc(sidebar))?.getAttribute('id')).toBe('main-text');
  });

  it('without an article, takes the element that holds most paragraph text, and the h1 from outside it', () => {
    const html = `<html><body><div class="top"><h1>Big headline</h1></div>
      <div id="menu"><p>Menu item one</p></div>
      <div id="story"><p>${'Long paragraph about the border. '.repeat(10)}</p><p>${'Second paragraph. '.repeat(10)}</p></div>
      <div class="sidebar"><p>Sidebar Kabul</p></div></body></html>`;
    const d = doc(html);
    expect(findMainRoot(d)?.getAttribute('id')).toBe('story');
    const page = extractPage(d);
    expect(page.blocks.map((b) => b.kind)).toEqual(['headline', 'body', 'body']);
    expect(page.blocks[0]!.text).toBe('Big headline');
  });

  it('handles right-to-left pages and a document without a body gracefully', () => {
    const html = `<html lang="ur" dir="rtl"><head><title>طورخم</title></head><body><main><p>${'طورخم کی سرحد بند ہے۔ '.repeat(20)}</p></main></body></html>`;
    const page = extractPage(doc(html));
    expect(page.meta.lang).toBe('ur');
    expect(page.blocks.map((b) => b.kind)).toEqual(['title', 'body']);
    expect(extractPage(doc('<html><head><title>x</title></head></html>')).blocks.map((b) => b.kind)).toEqual(['title']);
  });

  it('asks getComputedStyle about block elements only when told to', () => {
    const html = `<html><body><article><p>Visible paragraph about the border, long enough to count.</p><p class="collapsed">Collapsed Kabul text.</p>${'<p>More text.</p>'.repeat(20)}</article></body></html>`;
    const d = doc(html);
    const view = d.defaultView as unknown as { getComputedStyle?: (el: Element) => { display: string; visibility: string } };
    view.getComputedStyle = (el) => ({ display: el.getAttribute('class') === 'collapsed' ? 'none' : 'block', visibility: 'visible' });
    expect(extractPage(d).blocks.some((b) => b.text.includes('Collapsed'))).toBe(true);
    expect(extractPage(d, { computedStyle: true }).blocks.some((b) => b.text.includes('Collapsed'))).toBe(false);
    expect(extractPage(d, { computedStyle: 'auto' }).blocks.some((b) => b.text.includes('Collapsed'))).toBe(false);
  });
});
