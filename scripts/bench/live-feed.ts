/**
 * Measurement: a live page, as an infinite-scroll news feed: the page's own script appends 1,000 paragraphs,
 * evenly spread over `seconds` (60 by default: CLAIMLENS_BENCH_LIVE_SECONDS), to a page that starts relevant or
 * unrelated, with the bench build of the extension. ClaimLens's share of the main thread's time over the feed
 * (its measures summed ÷ the feed's duration) and its worst single piece of work, per browser.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserKind } from '../../tests/support/browsers';
import { launchWithExtension, type Span } from './extension-run';
import { paragraphsOf, type GeneratedPage } from './pages';
import { emit } from './output';
import { round } from './stats';

export const LIVE_PARAGRAPHS = 1000;

/** A page that shows `start`'s article, then appends `feed`'s paragraphs one by one from its own script. */
export function writeFeedPage(file: string, start: GeneratedPage, feed: GeneratedPage, seconds: number): void {
  const paragraphs = paragraphsOf(feed).slice(0, LIVE_PARAGRAPHS);
  const every = (seconds * 1000) / paragraphs.length;
  const script = `
const items = ${JSON.stringify(paragraphs).replace(/</g, '\\u003c')};
addEventListener('load', () => {
  const article = document.querySelector('article');
  const t0 = performance.now();
  let i = 0;
  const tick = () => {
    const due = Math.min(items.length, Math.floor((performance.now() - t0) / ${every}) + 1);
    for (; i < due; i++) {
      const box = document.createElement('div');
      box.className = 'feed-item';
      box.innerHTML = items[i];
      article.append(box);
    }
    if (i < items.length) setTimeout(tick, ${Math.max(4, Math.floor(every))});
    else window.__feed = { start: t0, end: performance.now(), items: items.length };
  };
  tick();
});`;
  writeFileSync(file, start.html.replace('</body>', `<script>${script}</script></body>`));
}

export interface LiveFigures {
  liveSharePct: number | null;
  liveWorstMs: number | null;
}

export async function measureLiveFeed(kind: BrowserKind, name: string, url: string, seconds: number): Promise<LiveFigures> {
  const browser = await launchWithExtension(kind);
  try {
    const page = await browser.page();
    await page.goto(url);
    await page.waitFor(() => (window as unknown as { __feed?: unknown }).__feed !== undefined, undefined, (seconds + 60) * 1000);
    // The last batch is handled within about a second of the last change (lib/content/live.ts), later if throttled.
    await new Promise((ok) => setTimeout(ok, 2500));
    const feed = await page.evaluate(() => (window as unknown as { __feed: { start: number; end: number; items: number } }).__feed);
    const run = await browser.read(page);
    await page.close();
    const during: Span[] = run.spans.filter((s) => s.start >= feed.start);
    const own = during.reduce((sum, s) => sum + s.duration, 0);
    const windowMs = Math.max(feed.end, ...during.map((s) => s.start + s.duration)) - feed.start;
    const figures: LiveFigures = {
      liveSharePct: round((100 * own) / windowMs, 2),
      liveWorstMs: round(Math.max(0, ...during.map((s) => s.duration)), 1),
    };
    const byWork: Record<string, { count: number; ms: number }> = {};
    for (const s of during) {
      const w = (byWork[s.name] ??= { count: 0, ms: 0 });
      w.count++;
      w.ms += s.duration;
    }
    emit({
      arm: 'live-feed',
      browser: kind,
      page: name,
      paragraphs: feed.items,
      feedSeconds: round((feed.end - feed.start) / 1000, 1),
      ...figures,
      ownMs: round(own, 1),
      badges: run.badges,
      byWork: Object.fromEntries(Object.entries(byWork).map(([k, v]) => [k, { count: v.count, ms: round(v.ms, 1) }])),
      what: "ClaimLens's measures from the feed's start to its last piece of work ÷ that time; the worst single piece",
    });
    return figures;
  } finally {
    await browser.close();
  }
}

export function liveSeconds(): number {
  const s = Number(process.env.CLAIMLENS_BENCH_LIVE_SECONDS ?? 60);
  return Number.isFinite(s) && s > 0 ? s : 60;
}

export function feedFile(dir: string, name: string): string {
  return path.join(dir, `live-${name}.html`);
}
