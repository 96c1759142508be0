/**
 * Issue 7 in both real browsers: the extension makes no network request, forged messages change nothing,
 * the options apply to open tabs without a reload, and the popup's per-site switch works.
 *
 * Every request of the whole file goes through the recording proxy (tests/support/network.ts), so even the
 * background's and the extension pages' requests are seen, whichever browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { BROWSERS, GECKO_ID, launch, type ExtensionSession, type TestPage } from '../support/browsers';
import { serveStatic, type StaticServer } from '../support/server';
import { typeNoteAndSave } from '../support/notes-flow';
import { requireTabId, waitForTabSummary } from '../support/extension';
import {
  isBrowserServiceRequest,
  isOwnPageRequest,
  startNetworkRecorder,
  type NetworkRecorder,
  type RecordedRequest,
} from '../support/network';

const STORY = '/demo/seed-story.html';
const SHOTS = resolve(import.meta.dirname, '../../demo-output');

let server: StaticServer;
/** The same fixtures under a second hostname, for "this site only" checks. */
let otherHostOrigin: string;
beforeAll(async () => {
  server = await serveStatic({ '/': resolve(import.meta.dirname, '../fixtures') });
  otherHostOrigin = server.origin.replace('127.0.0.1', 'localhost');
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => server?.close());

/**
 * What the settings visibly do to the seed story: off means no badge at all; density "figures" means figure
 * badges only, "entities" adds topic badges. (Nothing else of ClaimLens is visible to a page.)
 */
const trace = (page: TestPage) =>
  page.evaluate(() => {
    const figures = document.querySelectorAll('claimlens-badge[data-kind="figure"]').length;
    const topics = document.querySelectorAll('claimlens-badge[data-kind="topic"]').length;
    return { active: String(figures > 0), density: figures === 0 ? null : topics > 0 ? 'entities' : 'figures' };
  });
const traceIs = (page: TestPage, want: { active?: string; density?: string | null }) =>
  page.waitFor((w) => {
    const figures = document.querySelectorAll('claimlens-badge[data-kind="figure"]').length;
    const topics = document.querySelectorAll('claimlens-badge[data-kind="topic"]').length;
    const now = { active: String(figures > 0), density: figures === 0 ? null : topics > 0 ? 'entities' : 'figures' };
    return (w.active === undefined || w.active === now.active) && (w.density === undefined || w.density === now.density);
  }, want);

async function openStory(session: ExtensionSession, origin = server.origin): Promise<TestPage> {
  const page = await session.newPage();
  await page.goto(`${origin}${STORY}`);
  await page.waitFor(() => document.querySelector('claimlens-badge[data-kind="figure"]'));
  // A page-side marker: if it survives, the page was not reloaded.
  await page.evaluate(() => void ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
  return page;
}

const notReloaded = (page: TestPage) => page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded === true);

/** Runs in an extension page: the toolbar badge text of a tab. */
const badgeTextOf = (extPage: TestPage, tabId: number) =>
  extPage.evaluate(
    (id) => ((globalThis as any).browser ?? (globalThis as any).chrome).action.getBadgeText({ tabId: id }) as Promise<string>,
    tabId,
  );

/** Runs in an extension page: the stored settings, raw. */
const storedSettings = (extPage: TestPage) =>
  extPage.evaluate(
    async () => (await ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.get('settings')).settings ?? null,
  );

/** Clicks each control in turn within one task: as quick as a user's two clicks can be, so their writes overlap. */
const click = (page: TestPage, ...testIds: string[]) =>
  page.evaluate((ids) => {
    for (const id of ids) {
      const el = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
      if (!el) throw new Error(`no [data-testid="${id}"]`);
      el.click();
    }
  }, testIds);

describe.each(BROWSERS)('trust in %s', (kind) => {
  let recorder: NetworkRecorder;
  let session: ExtensionSession;
  /** Paths the tests themselves load; any other request is not the pages' own. */
  const pagePaths = new Set<string>([STORY, '/demo/index.html']);
  const allowedOrigins = () => [server.origin, otherHostOrigin];

  beforeAll(async () => {
    recorder = await startNetworkRecorder(allowedOrigins());
    session = await launch(kind, { proxyPort: recorder.port });
  });
  afterAll(async () => {
    await session?.close();
    await recorder?.close();
  });

  it('the recorder is not blind: it sees a page request to a remote host, and refuses it', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/demo/index.html'));
    const canary = 'http://canary.example/trust-check';
    await page.evaluate((u) => fetch(u, { mode: 'no-cors' }).catch(() => null), canary);
    expect(recorder.requests.some((r) => r.url === canary && !r.forwarded)).toBe(true);
    await page.close();
    pagePaths.add('/demo/index.html');
  });

  /**
   * A full session, as a reader has it: each step is one phase of the recording, and the assertion below covers them
   * all. The story stays open from step to step.
   */
  let story: TestPage;
  let storyTab: number;
  const sessionSteps: { name: string; run: (s: ExtensionSession) => Promise<void> }[] = [
    {
      name: 'page loads, badges shown',
      run: async (s) => {
        story = await openStory(s);
        const probe = await s.openExtensionPage('popup.html');
        storyTab = await requireTabId(probe, server.url(STORY));
        // The start-up path has finished (idle, gate, stage two, every badge slice) when the toolbar shows the count.
        const count = await story.evaluate(() => document.querySelectorAll('claimlens-badge').length);
        await probe.waitFor(
          async ([id, want]) =>
            (await ((globalThis as any).browser ?? (globalThis as any).chrome).action.getBadgeText({ tabId: id })) === want,
          [storyTab, String(count)] as const,
        );
        await probe.close();
      },
    },
    {
      name: 'a card hovered',
      run: async () => {
        const at = await story.evaluate(() => {
          const el = document.querySelector('claimlens-badge[data-claim-id="oct12-iea-pak-soldiers-killed-58"]')!;
          el.scrollIntoView({ block: 'center' });
          const r = el.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        });
        await story.mouseMove(at.x, at.y);
        await story.waitFor(() => !(document.querySelector('claimlens-card') as HTMLElement | null)?.hidden);
      },
    },
    {
      name: 'a note saved from the card',
      run: async (s) => {
        const at = await story.evaluate(() => {
          const button = document.querySelector('claimlens-card')!.shadowRoot!.querySelector('button.save-note')!;
          button.scrollIntoView({ block: 'nearest' });
          const r = button.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        });
        await story.mouseMove(at.x, at.y);
        await story.mouseClick(at.x, at.y);
        const ext = await s.openExtensionPage('popup.html');
        await typeNoteAndSave(ext, story, storyTab, 'Trust check: a note that never leaves the browser', 'trust');
        await waitForTabSummary(s, server.url(STORY), (summary) => summary.notesShown === 1);
        await ext.close();
      },
    },
    {
      name: 'popup opens, notes listed and exported',
      run: async (s) => {
        const popup = await s.openExtensionPage('popup.html');
        await popup.waitFor(() => document.querySelector('[data-testid="popup-version"]'));
        await popup.waitFor(() => document.querySelectorAll('[data-testid="note-item"]').length === 1);
        const exported = await popup.evaluate(
          () =>
            new Promise<string>((ok) => {
              // Catch the file the Export button hands to the browser.
              URL.createObjectURL = (blob: Blob) => (void blob.text().then(ok), 'blob:captured');
              (document.querySelector('[data-testid="export-json"]') as HTMLButtonElement).click();
            }),
        );
        expect(exported).toContain('Trust check');
        await popup.close();
      },
    },
    {
      name: 'options open, dataset panel with its source links',
      run: async (s) => {
        const options = await s.openExtensionPage('options.html');
        await options.waitFor(() => document.querySelectorAll('[data-testid="dataset-sources"] a[href^="http"]').length > 0);
        // Open the sources list: the links are shown, and still nothing is fetched until one is clicked.
        await options.evaluate(() => document.querySelector('[data-testid="options-dataset"] details')?.setAttribute('open', ''));
        await options.screenshot(resolve(SHOTS, `${kind}-options.png`), true);
        await options.close();
        await story.close();
      },
    },
  ];

  it('makes no network request of its own during a whole session', async () => {
    const before = recorder.requests.length;
    for (const step of sessionSteps) {
      recorder.phase(step.name);
      await step.run(session);
    }
    // A fence: one more page load, seen by the recorder, after everything the session did (a request the extension
    // had started by then is recorded before it).
    recorder.phase('fence');
    const fence = await session.newPage();
    await fence.goto(server.url('/demo/index.html'));
    await fence.close();
    const session_ = recorder.requests.slice(before);
    const browserOwn = (r: RecordedRequest) => isBrowserServiceRequest(r.url);
    const notOwn = (r: RecordedRequest) => !browserOwn(r) && !isOwnPageRequest(r.url, allowedOrigins(), pagePaths);
    const phases = recorder.byPhase();
    const offenders = [...sessionSteps.map((s) => s.name), 'fence']
      .map((phase) => [phase, (phases[phase] ?? []).filter(notOwn).map((r) => `${r.method} ${r.url}`)] as const)
      .filter(([, rs]) => rs.length > 0);
    const pagesOwn = session_.filter((r) => isOwnPageRequest(r.url, allowedOrigins(), pagePaths));
    console.log(
      `[trust] ${kind}: ${session_.length} requests in the session: ${pagesOwn.length} the pages' own, ` +
        `${session_.filter(browserOwn).length} the browser's own services, ${session_.filter(notOwn).length} other ` +
        `(the extension's would be here) ${JSON.stringify(session_.filter(notOwn).map((r) => `${r.method} ${r.url}`))}`,
    );
    expect(offenders).toEqual([]);
    // The pages' own requests were seen, so the recorder was in the path.
    expect(session_.some((r) => r.url.endsWith(STORY) && r.forwarded)).toBe(true);
  });

  it('forged messages change nothing: a wrong shape, a right shape from the wrong sender, and window.postMessage from the page', async () => {
    const page = await openStory(session);
    const popup = await session.openExtensionPage('popup.html');
    const tabId = await requireTabId(popup, server.url(STORY));
    const badgeBefore = await badgeTextOf(popup, tabId);
    const settingsBefore = await storedSettings(popup);
    const traceBefore = await trace(page);

    // From an extension page, in @webext-core/messaging's own wire format.
    const send = (type: string, data: unknown) =>
      popup.evaluate(
        ([t, d]) =>
          ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({
            id: 1,
            type: t,
            data: d,
            timestamp: Date.now(),
          }),
        [type, data] as const,
      ) as Promise<{ res?: unknown; err?: { message: string } }>;
    // The page summary that also drives the toolbar count: a right shape, from an extension page instead of a content script.
    const forgedStatus = { relevant: true, score: 9, reason: 'forged', badges: 99, figures: 9 };
    for (const data of [forgedStatus, { ...forgedStatus, badges: -5 }, { badges: '99' }]) {
      const reply = await send('pageStatus', data);
      expect(reply.res).toBeUndefined();
      expect(reply.err?.message).toMatch(/only content scripts|pageStatus/);
    }
    // A message name nobody handles.
    expect((await send('setSettings', { enabled: false }))?.res).toBeUndefined();

    // From the page itself: it has no runtime to send with, so it can only post to its own window.
    // And WXT's "a newer copy of this script started" event, which would end an older script's context: the page
    // can dispatch it once it knows the extension's id (public in Chrome's store; the fixed Gecko id in Firefox).
    const extensionId = kind === 'chromium' ? session.extensionOrigin.split('/')[2]! : GECKO_ID;
    const pageAttempt = await page.evaluate(async (id) => {
      const forged = [
        { id: 1, type: 'pageStatus', data: { relevant: true, score: 9, reason: 'forged', badges: 99, figures: 9 }, timestamp: Date.now() },
        { type: 'pageStatus', badges: 99 },
        { namespace: 'claimlens', type: 'settings', data: { enabled: false } },
        { type: `${id}:content:wxt:content-script-started`, contentScriptName: 'content', messageId: 'forged' },
      ];
      for (const message of forged) window.postMessage(message, '*');
      document.dispatchEvent(
        new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
      );
      // A fence: our own last message arrives after every forged one reached every listener.
      await new Promise<void>((ok) => {
        addEventListener('message', (e) => e.data === 'fence' && ok());
        postMessage('fence', '*');
      });
      const runtime = (globalThis as any).chrome?.runtime;
      return { hasSendMessage: typeof runtime?.sendMessage === 'function' };
    }, extensionId);
    // Chrome exposes chrome.runtime to pages only for externally_connectable extensions: we declare none.
    expect(pageAttempt.hasSendMessage).toBe(false);
    expect(await badgeTextOf(popup, tabId)).toBe(badgeBefore);
    expect(await storedSettings(popup)).toEqual(settingsBefore);
    expect(await trace(page)).toEqual(traceBefore);
    // ClaimLens still runs: a paragraph the page adds now gets its badge.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = "Pakistan's military media wing ISPR said 23 troops were martyred in the clashes on the Durand Line.";
      // Beside a paragraph that has a badge: inside the article ClaimLens reads.
      document.querySelector('claimlens-badge')!.closest('p')!.after(p);
    });
    await page.waitFor(() =>
      [...document.querySelectorAll('p')].some(
        (p) => p.textContent!.startsWith("Pakistan's military media wing") && p.querySelector('claimlens-badge'),
      ),
    );

    await popup.close();
    await page.close();
  });

  it('the toolbar shows the count of badges on the tab, nothing on an unrelated page, and clears on navigation', async () => {
    const UNRELATED = '/pages/en-2025-05-11-india-pakistan-clashes.html';
    const story = await openStory(session);
    await story.waitFor(() => document.querySelectorAll('claimlens-badge').length > 0);
    const unrelated = await session.newPage();
    await unrelated.goto(server.url(UNRELATED));
    await waitForTabSummary(session, server.url(UNRELATED));
    const ext = await session.openExtensionPage('options.html');
    const storyTab = await requireTabId(ext, server.url(STORY));
    const unrelatedTab = await requireTabId(ext, server.url(UNRELATED));
    // The count settles once the page's badges are all placed.
    const expected = async () => String(await story.evaluate(() => document.querySelectorAll('claimlens-badge').length));
    await ext.waitFor(
      async ([id, want]) => (await ((globalThis as any).browser ?? (globalThis as any).chrome).action.getBadgeText({ tabId: id })) === want,
      [storyTab, await expected()] as const,
    );
    expect(await badgeTextOf(ext, storyTab)).toBe(await expected());
    expect(await badgeTextOf(ext, unrelatedTab)).toBe('');

    await story.goto(server.url(UNRELATED));
    // The story tab's new page has reported (the background shows its toolbar count before it stores the report).
    await ext.waitFor(async (id) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const reply = await api.runtime.sendMessage({ id: 1, type: 'tabSummary', data: { tabId: id }, timestamp: Date.now() });
      return reply?.res?.known === true && reply.res.relevant === false;
    }, storyTab);
    expect(await badgeTextOf(ext, storyTab)).toBe('');
    for (const page of [ext, unrelated, story]) await page.close();
  });

  it('options apply to an open tab without a reload', async () => {
    const page = await openStory(session);
    expect(await trace(page)).toEqual({ active: 'true', density: 'entities' });
    const options = await session.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('[data-testid="options-density-figures"]'));

    await click(options, 'options-density-figures');
    await traceIs(page, { density: 'figures' });

    await click(options, 'options-enabled');
    await traceIs(page, { active: 'false' });
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid="options-enabled"]')!.checked)).toBe(false);

    // Two changes at once (two quick clicks): each keeps its field, neither write undoes the other.
    await click(options, 'options-enabled', 'options-density-entities');
    await traceIs(page, { active: 'true', density: 'entities' });
    expect(await notReloaded(page)).toBe(true);
    await options.close();
    await page.close();
  });

  it("the popup's per-site switch turns ClaimLens off on this site only, live, and back on", async () => {
    const page = await openStory(session);
    const other = await openStory(session, otherHostOrigin);
    const finder = await session.openExtensionPage('options.html');
    const tabId = await requireTabId(finder, server.url(STORY));
    await finder.close();

    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(() => document.querySelector('[data-testid="site-toggle"]'));
    expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid="site-toggle"]')!.checked)).toBe(true);
    await popup.screenshot(resolve(SHOTS, `${kind}-popup-site-toggle.png`));

    await click(popup, 'site-toggle');
    await traceIs(page, { active: 'false' });
    expect(await storedSettings(popup)).toMatchObject({ siteRules: { allow: [], block: ['127.0.0.1'] } });
    // Another hostname is untouched (the change reached this tab's session with the same storage event).
    expect((await trace(other)).active).toBe('true');

    // The options page lists the rule the popup made.
    const options = await session.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('[data-testid="options-sites-block"] li')?.textContent?.includes('127.0.0.1'));
    await options.close();

    await click(popup, 'site-toggle');
    await traceIs(page, { active: 'true' });
    expect(await storedSettings(popup)).toMatchObject({ siteRules: { allow: [], block: [] } });
    expect(await notReloaded(page)).toBe(true);
    await popup.close();
    await other.close();
    await page.close();
  });
});

describe('the Urdu UI (chromium: Debian has no Urdu Firefox)', () => {
  it('the options page is in Urdu and right to left', { timeout: 200_000 }, async () => {
    // With a UI language it has no resources for, Chromium now and then never reports the service worker: retry.
    let session: ExtensionSession | null = null;
    for (let attempt = 1; !session; attempt++) {
      session = await launch('chromium', { uiLanguage: 'ur' }).catch((error: Error) => {
        if (attempt >= 3) throw error;
        return null;
      });
    }
    try {
      const options = await session.openExtensionPage('options.html');
      await options.waitFor(() => document.querySelector('[data-testid="options-enabled"]'));
      const view = await options.evaluate(() => ({
        dir: document.documentElement.dir,
        lang: document.documentElement.lang,
        title: document.querySelector('h1')?.textContent ?? '',
        // Right to left: the heading's right edge is at the page's right side, not its left.
        headingRight: document.querySelector('h1')!.getBoundingClientRect().right > document.body.clientWidth / 2 + 100,
      }));
      expect(view).toMatchObject({ dir: 'rtl', lang: 'ur', headingRight: true });
      expect(view.title).toMatch(/[\u0600-\u06FF]/);
      await options.screenshot(resolve(SHOTS, 'chromium-options-ur.png'), true);
    } finally {
      await session.close();
    }
  });
});
