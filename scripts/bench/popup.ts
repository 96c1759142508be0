/**
 * The popup arm of the bench, in real Chromium with the built extension:
 * - popupOpenMs0 / popupOpenMs10k: navigation start → first render of the notes list (the popup's
 *   `claimlens:popup-first-render` mark, set after the frame that shows the first notes or the empty state),
 *   with an empty store and with 10,000 notes;
 * - searchMs10k: one keystroke in the search box → the list holds that query's rows and is laid out,
 *   with 10,000 notes loaded.
 * Medians of several runs. Notes are written straight into the extension origin's IndexedDB from an
 * extension page (the same records the background writes).
 *
 * Alone: `npx tsx scripts/bench/popup.ts` prints one JSON line. Needs `.output/chrome-mv3` (npm run build).
 */
import { pathToFileURL } from 'node:url';
import { launch, type TestPage } from '../../tests/support/browsers';
import { makeNote, type Note } from '../../lib/notes/model';
import { median, round } from './stats';

const OPEN_RUNS = 9;
const NOTES = 10_000;
/** Typing "casualty fig" one letter at a time, then a second word from scratch. */
const KEYSTROKES = ['c', 'ca', 'cas', 'casu', 'casua', 'casualty', 'casualty f', 'casualty fi', 'casualty fig', 't', 'to', 'tor', 'tork'];

const WORDS =
  'border crossing statement figure casualty ministry spokesman reported posts captured soldiers civilians talks ceasefire Torkham Chaman Kurram district province officials said denied claimed independent hospital sources mediators Doha Istanbul trade closed reopened fighting overnight artillery drones airstrikes refugees returned'.split(
    ' ',
  );
const URDU = 'سرحد بیان اعداد و شمار ترجمان وزارت جنگ بندی مذاکرات'.split(' ');

function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticNotes(count: number, seed = 42): Note[] {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const sentence = (n: number, urdu = false) => Array.from({ length: n }, () => pick(urdu && rand() < 0.5 ? URDU : WORDS)).join(' ');
  const start = Date.UTC(2025, 9, 1);
  return Array.from({ length: count }, (_, i) => {
    const page = i % 400;
    const exact = sentence(12 + Math.floor(rand() * 10), page % 7 === 0);
    return makeNote(
      {
        url: `https://site${page % 50}.example/news/${page}`,
        title: `${sentence(6)} (${page})`,
        text: `${sentence(15 + Math.floor(rand() * 25), page % 7 === 0)} #${i}`,
        tags: rand() < 0.4 ? [pick(['figures', 'follow-up', 'trade', 'denial', 'sources'])] : [],
        quote: { type: 'TextQuoteSelector', exact, prefix: sentence(4), suffix: sentence(4) },
        position: { type: 'TextPositionSelector', start: i, end: i + exact.length },
        claimant: rand() < 0.2 ? pick(['ispr', 'zabihullah-mujahid', 'unama']) : undefined,
      },
      start + i * 60_000,
    );
  });
}

async function seed(page: TestPage, notes: Note[]): Promise<void> {
  for (let i = 0; i < notes.length; i += 2000) {
    await page.evaluate(
      (batch) =>
        new Promise<void>((ok, fail) => {
          const req = indexedDB.open('claimlens');
          req.onerror = () => fail(req.error);
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction('notes', 'readwrite');
            for (const n of batch) tx.objectStore('notes').put(n);
            tx.oncomplete = () => (db.close(), ok());
            tx.onerror = () => fail(tx.error);
          };
        }),
      notes.slice(i, i + 2000),
    );
  }
}

async function openTimes(page: TestPage, origin: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  const warmUp = 2; // the first loads fill the disk cache and V8's code cache
  for (let i = 0; i < runs + warmUp; i++) {
    await page.goto(`${origin}/popup.html`);
    await page.waitFor(() => performance.getEntriesByName('claimlens:popup-first-render').length > 0, undefined, 30_000);
    const t = await page.evaluate(() => performance.getEntriesByName('claimlens:popup-first-render')[0]!.startTime);
    if (i >= warmUp) times.push(t);
    // A reader opens the popup on a quiet browser: let this one finish loading everything before the next.
    await page.waitFor(
      () => document.querySelector('[data-testid="notes-panel"]')?.getAttribute('data-phase') === 'full',
      undefined,
      60_000,
    );
  }
  return times;
}

async function keystrokeTimes(page: TestPage): Promise<number[]> {
  return page.evaluate(async (queries) => {
    const input = document.querySelector('[data-testid="notes-search"]') as HTMLInputElement;
    // No named helpers in here: tsx's keepNames would reference a __name the page does not have.
    const out: number[] = [];
    for (const q of queries) {
      await new Promise((ok) => setTimeout(ok, 30));
      const selector = `[data-testid="notes-list"][data-query="${CSS.escape(q)}"], [data-testid="notes-no-match"][data-query="${CSS.escape(q)}"]`;
      const t0 = performance.now();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise<void>((ok) => {
        if (document.querySelector(selector)) return ok();
        const observer = new MutationObserver(() => {
          if (document.querySelector(selector)) {
            observer.disconnect();
            ok();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-query'] });
      });
      void (document.querySelector('.notes-panel') as HTMLElement).offsetHeight; // layout of the updated list
      out.push(performance.now() - t0);
    }
    return out;
  }, KEYSTROKES);
}

export async function benchPopup(): Promise<{ popupOpenMs0: number; popupOpenMs10k: number; searchMs10k: number }> {
  const session = await launch('chromium');
  try {
    const page = await session.openExtensionPage('popup.html');
    await page.waitFor(
      () => document.querySelector('[data-testid="notes-panel"]')?.getAttribute('data-phase') === 'full',
      undefined,
      30_000,
    );
    const open0 = await openTimes(page, session.extensionOrigin, OPEN_RUNS);

    await seed(page, syntheticNotes(NOTES));
    const open10k = await openTimes(page, session.extensionOrigin, OPEN_RUNS);

    await page.waitFor(
      (n) =>
        document.querySelector('[data-testid="notes-panel"]')?.getAttribute('data-phase') === 'full' &&
        document.querySelector('[data-testid="notes-panel"]')?.getAttribute('data-total') === String(n),
      NOTES,
      60_000,
    );
    const search: number[] = [];
    for (let round = 0; round < 3; round++) {
      search.push(...(await keystrokeTimes(page)));
      await page.evaluate(() => {
        const input = document.querySelector('[data-testid="notes-search"]') as HTMLInputElement;
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    return { popupOpenMs0: round(median(open0))!, popupOpenMs10k: round(median(open10k))!, searchMs10k: round(median(search))! };
  } finally {
    await session.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchPopup().then(
    (result) => console.log(JSON.stringify(result)),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
