/**
 * The content script's whole start-up path: it creates the frame's PageSession, with the real
 * parts (settings, idle scheduling, the first read, the page watch, messages), and routes the background's
 * commands to the features. It must stay small: on an unrelated page this is all ClaimLens costs, and nothing of the
 * page is touched. The walk and the gate come with gate.js (the `road` feature), loaded only for a page whose first
 * read found a word of a name. Every feature is listed in lib/content/features.ts.
 */
import { browser } from 'wxt/browser';
import type { ExtractedPage } from '../dom/extract';
import { onMessages, sendMessage } from '../messages-client';
import { bundledNames } from '../pack/bundled-names';
import { activeNames } from '../pack/import-keys';
import { followPageSettings, importedGateAtStartup } from './settings';
import { watchPage } from './live';
import { nextTask, whenIdle } from './schedule';
import { firstRead, liveNameCheck, turnedDown } from './first-read';
import type { TextRoad } from './road';
import { PageSession } from './session';
import type { NotesApi } from './notes';
import { markEvaluated, span } from './bench-marks';

const extensionAlive = () => browser.runtime?.id != null;

/**
 * When a failed message ends the session: only when the extension itself is gone (updated, reloaded, removed), which
 * clears `runtime.id` and fails every message with "context invalidated". Any other failure (a background that was
 * busy, a reply it refused) leaves the page as it is, and nothing the page itself does can end it.
 */
export function endsWhenExtensionGone(lifetime: AbortController, alive: () => boolean): (err: unknown) => void {
  return (err) => {
    if (!alive() || /context invalidated/i.test(String((err as Error)?.message))) lifetime.abort();
  };
}

export function startSession(): PageSession | undefined {
  markEvaluated('evaluate');
  return span('start', createSession);
}

function createSession(): PageSession | undefined {
  const lifetime = new AbortController();
  const { signal } = lifetime;
  const ended = endsWhenExtensionGone(lifetime, extensionAlive);
  // Every later value of the settings, from the background (`settingsChanged`, routed below).
  const settingsListeners = new Set<(value: unknown) => void>();
  // The imported pack (if any) comes with the settings, read before the page is: its words, and its gate in gate.js.
  const namesInUse = () => activeNames(bundledNames, importedGateAtStartup());
  // The gate's half of the road (gate.js): loaded only for a page whose first read found a word of a name.
  let road: TextRoad | undefined;
  const packInUse = () => road!.packFor(importedGateAtStartup());
  const session: PageSession = new PageSession({
    signal,
    followSettings: (s, apply) =>
      followPageSettings(
        s,
        (next) => span('settings', () => apply(next)),
        () => sendMessage('pageSettings', {}),
        (onValue) => {
          settingsListeners.add(onValue);
          return () => settingsListeners.delete(onValue);
        },
      ),
    whenIdle: (s) => whenIdle(s),
    nextTask,
    extract: () => {
      const read = span('extract', () => firstRead(document, namesInUse()));
      if ('page' in read) return read.page;
      let walk: (() => ExtractedPage | undefined) | undefined;
      return () => span('walk', () => (walk ??= road!.walk(document, read.meta, read.root, signal))());
    },
    upgrade: async () => {
      road ??= await session.use<TextRoad>('road');
      return road !== undefined;
    },
    prepare: (extracted) => span('prepare', () => road!.prepare(extracted, packInUse())),
    gate: (extracted, prepared) =>
      span('gate', () => {
        if (!road) {
          // Without gate.js, only a page that still names nobody (or is dated before the window) can be gated.
          const read = extracted ? { page: extracted } : firstRead(document, namesInUse());
          return 'page' in read ? { page: read.page, stage: turnedDown(read.page, namesInUse()) } : undefined;
        }
        const pack = packInUse();
        const page = extracted ?? road.readPage(document, pack);
        return { page, stage: road.gate(page, pack, prepared), pack };
      }),
    watch: (s, onChange) => watchPage(s, (added, changed) => span('change', () => onChange(added, changed))),
    // Live batches reach stage two only on a relevant page, which gate.js gated.
    readChanged: (page, changed) => road!.extractChanged(document, page, changed),
    // The word lists until gate.js is in, then the gate's own reading (lib/content/first-read.ts).
    namesAnyone: liveNameCheck(namesInUse, () => (road ? { road, pack: packInUse() } : undefined)),
    load: async (feature, onlyIfNotes) => {
      const reply = await sendMessage('loadFeature', { feature, ...(onlyIfNotes ? { onlyIfNotes } : {}) }).catch((err) => {
        ended(err);
        return { injected: false };
      });
      return reply.injected;
    },
    report: (status) => span('report', () => void sendMessage('pageStatus', status).catch(ended)),
    isTopFrame: window.top === window,
  });
  if (!session.claimSlot()) {
    lifetime.abort();
    return undefined;
  }
  routeCommands(session, settingsListeners);
  void session.start();
  return session;
}

/**
 * The background's commands to this frame, each with exactly one handler here: only the extension itself may send
 * them (never a tab), and they reach the notes feature, loaded first if the command needs it.
 */
function routeCommands(session: PageSession, settingsListeners: ReadonlySet<(value: unknown) => void>): void {
  const fromBackground = (sender: { id?: string; tab?: unknown; url?: string }) =>
    sender.id === browser.runtime.id && !sender.tab && (sender.url === undefined || sender.url.startsWith(browser.runtime.getURL('/')));
  const only =
    <R>(run: (data: any) => Promise<R>) =>
    (message: { data: unknown; sender?: { id?: string; tab?: unknown; url?: string } }) => {
      if (!fromBackground(message.sender ?? {})) throw new Error('only the extension may send this');
      return run(message.data);
    };
  // No strings in the start-up path: the background words this reason in the reader's language (lib/background/notes.ts).
  const off = { started: false, reason: 'off' };
  // One listener for the five commands: each listener on runtime.onMessage is paid for on every page.
  const stop = onMessages({
    settingsChanged: only(async (d: { settings?: unknown }) => {
      for (const listener of settingsListeners) listener(d?.settings);
      return { ok: true };
    }),
    noteFromSelection: only(async () => (await session.use<NotesApi>('notes'))?.fromSelection() ?? off),
    noteScrollTo: only(async (d: { id: string }) => {
      const notes = await session.use<NotesApi>('notes');
      return { found: notes?.scrollTo(String(d?.id)) ?? false };
    }),
    noteEditorClosed: only(async (d: { draftId: string }) => {
      if (!session.isRunning('notes')) return { ok: false };
      return (await session.use<NotesApi>('notes'))?.editorClosed(String(d?.draftId)) ?? { ok: false };
    }),
    notesChanged: only(async () => {
      // The first note on this page: bring the notes feature in (it reads the page's notes as it starts).
      const loaded = session.has('notes');
      const notes = await session.use<NotesApi>('notes');
      if (notes && loaded) await notes.refresh();
      return { ok: Boolean(notes) };
    }),
  });
  session.signal.addEventListener('abort', stop);
}
