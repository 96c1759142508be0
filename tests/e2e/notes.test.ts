/**
 * Notes end to end, in both browsers: select → save in the extension-origin editor → highlight →
 * reload → edited article → popup (list, search, edit, delete + undo, live update, open) → export,
 * wipe, import → malformed import refused → and, throughout, a nosy page that never sees the text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from '../support/browsers';
import { serveStatic, type StaticServer } from '../support/server';
import { saveNoteOnSelection, selectInPage } from '../support/notes-flow';
import { chooseFile, message, requireTabId } from '../support/extension';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/notes');
const QUOTE = 'the new deck was tested with loaded lorries for three days';
const NOTE_TEXT = 'Private thought: ask the council for the load test report';
const EDITED_TEXT = 'Private thought, edited: the load test report was published';
const SECOND_TEXT = 'Second private note about the footpath';

let server: StaticServer;
let siteDir: string;
beforeAll(async () => {
  // The article is served from a scratch copy so the test can swap in the edited version at the same address.
  siteDir = await mkdtemp(join(tmpdir(), 'claimlens-notes-site-'));
  await copyFile(join(FIXTURES, 'article.html'), join(siteDir, 'article.html'));
  server = await serveStatic({ '/notes/': siteDir });
});
afterAll(async () => {
  await server?.close();
  await rm(siteDir, { recursive: true, force: true });
});

interface StoredNote {
  id: string;
  url: string;
  text: string;
  tags: string[];
  orphan: boolean;
  quote?: { exact: string };
}

const readNotes = (ext: TestPage) =>
  ext.evaluate(
    () =>
      new Promise<StoredNote[]>((ok, fail) => {
        const req = indexedDB.open('claimlens');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('notes')) return (ok([]), db.close());
          const all = db.transaction('notes').objectStore('notes').getAll();
          all.onsuccess = () => (ok(all.result), db.close());
          all.onerror = () => fail(all.error);
        };
      }),
  );

const wipeNotes = (ext: TestPage) =>
  ext.evaluate(
    () =>
      new Promise<void>((ok, fail) => {
        const req = indexedDB.open('claimlens');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('notes', 'readwrite');
          tx.objectStore('notes').clear();
          tx.oncomplete = () => (db.close(), ok());
          tx.onerror = () => fail(tx.error);
        };
      }),
  );

/** What the page's own scripts see of the note highlights in the document's registry: nothing (they are not there). */
const highlightTexts = (page: TestPage) =>
  page.evaluate(() => {
    const h = (CSS as any).highlights?.get('claimlens-note');
    return h ? [...h].map((r: Range) => r.toString()) : [];
  });

/** How many notes the tab draws, from its status report: the boxes are in a closed shadow root the page can't read. */
const notesShown = (ext: TestPage, tabId: number, want: number) =>
  ext.waitFor(
    async ([id, n]) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const reply = await api.runtime.sendMessage({ id: 1, type: 'tabSummary', data: { tabId: id }, timestamp: Date.now() });
      return reply?.res?.notesShown === n;
    },
    [tabId, want] as const,
  );

describe.each(BROWSERS)('notes in %s', (kind) => {
  let session: ExtensionSession;
  let ext: TestPage;
  let page: TestPage;
  let tabId: number;
  const articleUrl = () => server.url('/notes/article.html');

  beforeAll(async () => {
    await copyFile(join(FIXTURES, 'article.html'), join(siteDir, 'article.html'));
    session = await launch(kind);
    ext = await session.openExtensionPage('popup.html');
  });
  afterAll(() => session?.close());

  it('saves a note on a selection, typed in the popup (never in the page), and highlights it', async () => {
    page = await session.newPage();
    // Tracking parameters and a fragment: the note belongs to the canonical address.
    await page.goto(`${articleUrl()}?utm_source=newsletter&fbclid=abc#top`);
    tabId = await requireTabId(ext, articleUrl(), { prefix: true });
    await selectInPage(page, 'key', QUOTE);
    await saveNoteOnSelection(ext, page, tabId, NOTE_TEXT, 'bridge, follow-up');

    const notes = await readNotes(ext);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      url: articleUrl(),
      text: NOTE_TEXT,
      tags: ['bridge', 'follow-up'],
      orphan: false,
      quote: { exact: QUOTE },
    });
    await notesShown(ext, tabId, 1);
    expect(await highlightTexts(page)).toEqual([]);
  });

  it('a page script cannot read the note text (DOM, shadow roots, frames, keys, messages, its own storage)', async () => {
    const seen = await page.evaluate(async (secret) => {
      const spy = (window as any).__spy as { keys: string[]; messages: string[]; shadowRoots: ShadowRoot[] };
      const frames: string[] = [];
      for (const frame of Array.from(document.querySelectorAll('iframe'))) {
        try {
          frames.push(frame.contentDocument?.documentElement.outerHTML ?? '');
        } catch {
          frames.push('');
        }
      }
      for (let i = 0; i < window.frames.length; i++) {
        try {
          frames.push(window.frames[i]!.document.documentElement.outerHTML);
        } catch {
          // cross-origin: what we want
        }
      }
      const shadows = spy.shadowRoots.map((r) => r.innerHTML);
      document.querySelectorAll('*').forEach((el) => el.shadowRoot && shadows.push(el.shadowRoot.innerHTML));
      const pageDbs = (await indexedDB.databases?.()) ?? [];
      return {
        inDom: document.documentElement.outerHTML.includes(secret) || document.body.innerText.includes(secret),
        inShadow: shadows.some((s) => s.includes(secret)),
        inFrames: frames.some((f) => f.includes(secret)),
        inMessages: spy.messages.some((m) => m.includes(secret)),
        typedKeysSeen: spy.keys.filter((k) => k.length === 1).join(''),
        pageDbs: pageDbs.map((d) => d.name),
      };
    }, 'Private thought');
    expect(seen).toEqual({ inDom: false, inShadow: false, inFrames: false, inMessages: false, typedKeysSeen: '', pageDbs: [] });
  });

  it('brings the highlight back after a reload', async () => {
    await page.goto(articleUrl());
    await notesShown(ext, tabId, 1);
    expect(await highlightTexts(page)).toEqual([]);
  });

  it('still anchors when the article was edited a little', async () => {
    await copyFile(join(FIXTURES, 'article-v2.html'), join(siteDir, 'article.html'));
    await page.goto(articleUrl());
    await notesShown(ext, tabId, 1);
    expect((await readNotes(ext))[0]!.orphan).toBe(false);
  });

  it('lists the note in the popup; search finds it; an edit persists', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.waitFor(() => document.querySelector('[data-testid="notes-panel"]')?.getAttribute('data-phase') === 'full');
    expect(await popup.evaluate(() => document.querySelector('[data-testid="note-item-text"]')?.textContent)).toBe(NOTE_TEXT);
    expect(await popup.evaluate(() => document.querySelector('[data-testid="notes-page"]')?.textContent)).toContain('Old river bridge');

    await popup.evaluate(() => (document.querySelector('[data-testid="notes-search"]') as HTMLInputElement).focus());
    await popup.type('lorr');
    await popup.waitFor(() => document.querySelector('[data-testid="notes-list"]')?.getAttribute('data-query') === 'lorr');
    expect(await popup.evaluate(() => document.querySelectorAll('[data-testid="note-item"]').length)).toBe(1);
    await popup.type('zzq');
    await popup.waitFor(() => document.querySelector('[data-testid="notes-no-match"]'));
    await popup.press('Escape');
    await popup.waitFor(() => document.querySelector('[data-testid="note-item"]'));

    await popup.evaluate(() => (document.querySelector('[data-testid="note-edit"]') as HTMLButtonElement).click());
    await popup.waitFor(() => document.activeElement?.getAttribute('data-testid') === 'note-text');
    await popup.evaluate((text) => {
      const area = document.querySelector('[data-testid="note-text"]') as HTMLTextAreaElement;
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, EDITED_TEXT);
    await popup.evaluate(() => (document.querySelector('[data-testid="note-save"]') as HTMLButtonElement).click());
    await popup.waitFor((t) => document.querySelector('[data-testid="note-item-text"]')?.textContent === t, EDITED_TEXT);
    await popup.goto(`${session.extensionOrigin}/popup.html`);
    await popup.waitFor((t) => document.querySelector('[data-testid="note-item-text"]')?.textContent === t, EDITED_TEXT);
    expect((await readNotes(ext))[0]!.text).toBe(EDITED_TEXT);
    await popup.close();
  });

  it('delete, then undo, brings the note back', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.waitFor(() => document.querySelector('[data-testid="note-item"]'));
    const before = await readNotes(ext);
    await popup.evaluate(() => (document.querySelector('[data-testid="note-delete"]') as HTMLButtonElement).click());
    await popup.waitFor(() => document.querySelector('[data-testid="undo"]'));
    expect(await readNotes(ext)).toHaveLength(0);
    await popup.evaluate(() => (document.querySelector('[data-testid="undo"]') as HTMLButtonElement).click());
    await popup.waitFor(() => document.querySelector('[data-testid="note-item"]'));
    expect(await readNotes(ext)).toEqual(before);
    await popup.close();
  });

  it('an open popup updates when a note is saved in a tab, and shows the tab summary', async () => {
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(() => document.querySelector('[data-testid="notes-panel"]')?.getAttribute('data-phase') === 'full');
    await popup.waitFor(() => document.querySelector('[data-testid="tab-summary"]')?.getAttribute('data-notes') === '1');
    await selectInPage(page, 'key', 'before it was approved');
    await saveNoteOnSelection(ext, page, tabId, SECOND_TEXT, '');
    await popup.waitFor(() => document.querySelectorAll('[data-testid="note-item"]').length === 2);
    await popup.waitFor(() => document.querySelector('[data-testid="tab-summary"]')?.getAttribute('data-notes') === '2');
    expect(await popup.evaluate(() => document.querySelector('[data-testid="note-item-text"]')?.textContent)).toBe(SECOND_TEXT);
    await notesShown(ext, tabId, 2);
    await popup.close();
  });

  it('"open" goes to the page and scrolls to the highlight', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await session.openExtensionPage('popup.html');
    await popup.waitFor(() => document.querySelectorAll('[data-testid="note-item"]').length === 2);
    await popup.evaluate(() => (document.querySelectorAll('[data-testid="note-open"]')[1] as HTMLButtonElement).click());
    await page.waitFor(() => window.scrollY > 0);
    // The noted passage (found here by its words: the page can't see the highlight) is in view.
    const view = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let node: Text | null;
      while ((node = walker.nextNode() as Text | null) && !node.data.includes('lorries'));
      const range = document.createRange();
      range.selectNodeContents(node!);
      return { top: range.getBoundingClientRect().top, height: window.innerHeight };
    });
    expect(view.top).toBeGreaterThanOrEqual(0);
    expect(view.top).toBeLessThan(view.height);
    await popup.close();
  });

  it('export, wipe, import gives the identical set; a malformed import is refused with the count unchanged', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.waitFor(() => document.querySelector('[data-testid="notes-panel"]')?.getAttribute('data-phase') === 'full');
    const before = await readNotes(ext);
    expect(before).toHaveLength(2);
    const exported = await popup.evaluate(
      () =>
        new Promise<string>((ok) => {
          // Catch the file the Export button hands to the browser.
          URL.createObjectURL = (blob: Blob) => (void (blob as Blob).text().then(ok), 'blob:captured');
          (document.querySelector('[data-testid="export-json"]') as HTMLButtonElement).click();
        }),
    );
    expect(JSON.parse(exported)).toMatchObject({
      type: 'AnnotationCollection',
      claimlens: { format: 'claimlens-notes', version: 1 },
      total: 2,
    });
    expect(exported).not.toContain('fbclid');

    await wipeNotes(ext);
    expect(await readNotes(ext)).toHaveLength(0);
    await popup.goto(`${session.extensionOrigin}/popup.html`);
    await popup.waitFor(() => document.querySelector('[data-testid="notes-empty"]'));

    const importFile = (text: string, name: string) => chooseFile(popup, 'import-file', text, name);
    await importFile(exported, 'notes.json');
    await popup.waitFor(() => document.querySelector('[data-testid="import-report"]')?.textContent === '2 imported');
    const sortById = (xs: StoredNote[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(sortById(await readNotes(ext))).toEqual(sortById(before));
    await popup.waitFor(() => document.querySelectorAll('[data-testid="note-item"]').length === 2);

    await importFile('{"claimlens": {"format": "claimlens-notes", "version": 1}, "first": {"items": [', 'broken.json');
    await popup.waitFor(() => document.querySelector('[data-testid="import-report"]')?.getAttribute('data-ok') === 'false');
    expect(await popup.evaluate(() => document.querySelector('[data-testid="import-report"]')?.textContent)).toMatch(/not valid JSON/);
    expect(sortById(await readNotes(ext))).toEqual(sortById(before));
    await popup.close();
  });

  it('refuses note messages from a content-script context and forged shapes', async () => {
    // Note text may only come from extension pages; a content script asking to save is refused by sender.
    const forged = await page.evaluate(() => {
      window.postMessage({ id: 1, type: 'noteSave', data: { draftId: 'aaaaaaaa', text: 'forged', tags: [] }, timestamp: Date.now() }, '*');
      return true;
    });
    expect(forged).toBe(true);
    await expect(message(ext, 'noteUpdate', { id: 'x', text: 42, tags: [] })).rejects.toThrow(/noteUpdate: text/);
    await expect(message(ext, 'notesForPage', {})).rejects.toThrow(/only content scripts/);
    expect((await readNotes(ext)).map((n) => n.text)).not.toContain('forged');
  });
});
