/**
 * The background's side of notes: the only writer of the notes store, the keeper of drafts between
 * a selection and the editor, and the router of "save a note" from the context menu, the keyboard
 * command and the popup. Every message is sender-checked and validated by `handle` (lib/background/handle.ts)
 * against the policy below before it reaches a method here.
 */
import { browser } from 'wxt/browser';
import { sendMessage, type MessageName, type SenderPolicy } from '../messages';
import { importNotesFile } from '../notes/import';
import { makeNote, type Note } from '../notes/model';
import {
  NOTES_CHANNEL,
  noteRequestSchemas,
  type NoteDraft,
  type NoteSurface,
  type NotesChannelMessage,
  type NotesProtocolMap,
} from '../notes/protocol';
import { DuplicateNoteError, NoteStore, NotesQuotaError } from '../notes/store';
import { canonicalUrl } from '../notes/url';
import { requestPersistentStorage } from '../notes/persist';
import { handle } from './handle';
import { t } from '../i18n';
import { loadUiLanguage, watchUiLanguage } from '../ui-language';
import { browserSurfaceApis, openNoteSurface, SurfaceRegistry, surfaceUrl, type SurfaceTarget } from './note-surface';

type NoteMessage = keyof typeof noteRequestSchemas;
type Data<K extends NoteMessage> = Parameters<NotesProtocolMap[K]>[0];
type Result<K extends NoteMessage> = Promise<ReturnType<NotesProtocolMap[K]>>;
export interface Sender {
  tabId?: number;
  windowId?: number;
  frameId?: number;
  url?: string;
}

/**
 * Who may send what. Anything carrying note text is for extension pages only; a content script may
 * ask for its own page's anchors and open a draft, nothing else. Background → content messages are
 * not handled here (`null`).
 */
export const NOTE_POLICIES: Record<NoteMessage, SenderPolicy | null> = {
  notesForPage: 'content-script',
  notesPlacement: 'content-script',
  noteDraft: 'content-script',
  noteDraftGet: 'extension-page',
  noteDraftForTab: 'extension-page',
  noteSave: 'extension-page',
  noteEditorClose: 'extension-page',
  noteUpdate: 'extension-page',
  noteDelete: 'extension-page',
  noteRestore: 'extension-page',
  notesImport: 'extension-page',
  noteOpen: 'extension-page',
  noteStartInTab: 'extension-page',
  noteFromSelection: null,
  noteEditorClosed: null,
  notesChanged: null,
  noteScrollTo: null,
};

export const SAVE_NOTE_MENU_ID = 'claimlens-save-note';
export const SAVE_NOTE_COMMAND = 'save-note';
const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

/** Session storage survives a stopped service worker; a plain map stands in where it is missing. */
interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

function sessionStore(): KeyValue {
  const area = (browser.storage as { session?: typeof browser.storage.local } | undefined)?.session;
  if (area) {
    return {
      get: async (key) => (await area.get(key))[key],
      set: (key, value) => area.set({ [key]: value }),
      remove: (key) => area.remove(key),
    };
  }
  const map = new Map<string, unknown>();
  return { get: async (k) => map.get(k), set: async (k, v) => void map.set(k, v), remove: async (k) => void map.delete(k) };
}

export interface NotesBackgroundDeps {
  store?: NoteStore;
  session?: KeyValue;
  /** Tell one tab (and frame) something; defaults to messaging through tabs.sendMessage. */
  toTab?: <K extends 'noteFromSelection' | 'noteEditorClosed' | 'notesChanged' | 'noteScrollTo'>(
    tabId: number,
    frameId: number,
    name: K,
    data: Data<K>,
  ) => Promise<ReturnType<NotesProtocolMap[K]>>;
  announce?: (message: NotesChannelMessage) => void;
  now?: () => number;
  /** Opens the note surface; called synchronously inside the event that may carry the user's gesture. */
  openSurface?: (target: SurfaceTarget) => Promise<NoteSurface>;
}

export class NotesBackground {
  readonly store: NoteStore;
  private readonly session: KeyValue;
  private readonly toTab: NonNullable<NotesBackgroundDeps['toTab']>;
  private readonly announce: (message: NotesChannelMessage) => void;
  private readonly now: () => number;
  private readonly openSurface: (target: SurfaceTarget) => Promise<NoteSurface>;
  /** Surfaces opened (or offered by the popup) for a tab just before asking it for its selection. */
  private readonly pending = new Map<number, Promise<NoteSurface>>();
  readonly surfaces: SurfaceRegistry;

  constructor(deps: NotesBackgroundDeps = {}) {
    this.store = deps.store ?? new NoteStore();
    this.session = deps.session ?? sessionStore();
    this.toTab =
      deps.toTab ??
      // The page's session handles these and loads its notes feature when one needs it (lib/content/start.ts).
      ((tabId, frameId, name, data) => sendMessage(name, data as never, { tabId, frameId }) as never);
    const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(NOTES_CHANNEL) : null;
    this.announce = deps.announce ?? ((m) => channel?.postMessage(m));
    this.now = deps.now ?? Date.now;
    this.openSurface =
      deps.openSurface ??
      ((target) =>
        openNoteSurface(
          browserSurfaceApis(),
          target,
          surfaceUrl((p) => browser.runtime.getURL(p as never), target.tabId),
        ));
    this.surfaces = new SurfaceRegistry((draftId) => void this.noteEditorClose({ draftId }).catch(() => {}));
  }

  /**
   * The surface for a note starting in this tab: one already showing the tab, one opened just before (menu,
   * command, popup), or a new one. Synchronous up to the open call, so a gesture still counts.
   */
  surfaceFor(target: SurfaceTarget): Promise<NoteSurface> {
    const pending = this.pending.get(target.tabId);
    if (pending) return pending;
    const showing = this.surfaces.showing(target.tabId);
    if (showing) return Promise.resolve(showing);
    return this.openSurface(target);
  }

  // ——— content script → background ———

  /** Ids and selectors of the sender's own page. Never text: a content script shares the page's DOM and process. */
  async notesForPage(_: Data<'notesForPage'>, sender: Sender): Result<'notesForPage'> {
    const url = sender.url ? canonicalUrl(sender.url) : null;
    if (!url) return { anchors: [] };
    const notes = await this.store.forUrl(url);
    const anchors = notes.flatMap((n) => (n.quote ? [{ id: n.id, quote: n.quote, ...(n.position ? { position: n.position } : {}) }] : []));
    let focusId: string | undefined;
    if (sender.tabId !== undefined && (sender.frameId ?? 0) === 0) {
      const pending = (await this.session.get(`focus:${sender.tabId}`)) as { id: string; url: string } | undefined;
      if (pending && pending.url === url) {
        focusId = pending.id;
        await this.session.remove(`focus:${sender.tabId}`);
      }
    }
    return focusId ? { anchors, focusId } : { anchors };
  }

  async notesPlacement({ placed, orphaned }: Data<'notesPlacement'>, sender: Sender): Result<'notesPlacement'> {
    const url = sender.url ? canonicalUrl(sender.url) : null;
    if (!url) return { changed: 0 };
    const changed = await this.store.markPlacement(url, placed, orphaned);
    if (changed.length) this.announce({ type: 'changed', ids: changed });
    return { changed: changed.length };
  }

  async noteDraft(data: Data<'noteDraft'>, sender: Sender): Result<'noteDraft'> {
    const url = sender.url ? canonicalUrl(sender.url) : null;
    if (!url || sender.tabId === undefined) throw new Error(t('errorNotWebPage'));
    if (!data.quote && !data.claimId) throw new Error(t('errorSelectTextFirst'));
    // Before any await: a click in the page may still count as the reader's gesture here.
    const surface = this.surfaceFor({ tabId: sender.tabId, ...(sender.windowId !== undefined ? { windowId: sender.windowId } : {}) });
    const draft: NoteDraft & { at: number } = {
      draftId: crypto.randomUUID(),
      url,
      title: data.title,
      tabId: sender.tabId,
      frameId: sender.frameId ?? 0,
      at: this.now(),
    };
    if (data.quote) draft.quote = data.quote;
    if (data.quote && data.position) draft.position = data.position;
    if (data.claimId) draft.claimId = data.claimId;
    if (data.claimant) draft.claimant = data.claimant;
    // One draft per tab: a new one replaces (and then ends) the last, so the tab always has a live draft meanwhile.
    const previous = await this.draftOfTab(sender.tabId);
    await this.session.set(`draft:${draft.draftId}`, draft);
    await this.session.set(`tabdraft:${draft.tabId}`, draft.draftId);
    if (previous) await this.endDraft(previous);
    this.announce({ type: 'draft', tabId: draft.tabId });
    return { draftId: draft.draftId, surface: await surface };
  }

  private async draftOfTab(tabId: number): Promise<NoteDraft | null> {
    const draftId = (await this.session.get(`tabdraft:${tabId}`)) as string | undefined;
    return draftId ? this.noteDraftGet({ draftId }) : null;
  }

  /** The draft ends (saved, cancelled, its surface closed): the tab clears its draft highlight. */
  private async endDraft(draft: NoteDraft): Promise<void> {
    await this.session.remove(`draft:${draft.draftId}`);
    if ((await this.session.get(`tabdraft:${draft.tabId}`)) === draft.draftId) await this.session.remove(`tabdraft:${draft.tabId}`);
    this.announce({ type: 'draft', tabId: draft.tabId });
    await this.toTab(draft.tabId, draft.frameId, 'noteEditorClosed', { draftId: draft.draftId }).catch(() => {});
  }

  // ——— extension pages → background ———

  async noteDraftGet({ draftId }: Data<'noteDraftGet'>): Result<'noteDraftGet'> {
    const draft = (await this.session.get(`draft:${draftId}`)) as (NoteDraft & { at: number }) | undefined;
    if (!draft || this.now() - draft.at > DRAFT_TTL_MS) return null;
    const { at: _at, ...rest } = draft;
    return rest;
  }

  async noteDraftForTab({ tabId }: Data<'noteDraftForTab'>): Result<'noteDraftForTab'> {
    return this.draftOfTab(tabId);
  }

  /** Only extension pages may send this (the side panel, sidebar, window or popup): never a frame in a page. */
  async noteSave({ draftId, text, tags }: Data<'noteSave'>): Result<'noteSave'> {
    const draft = await this.noteDraftGet({ draftId });
    if (!draft) return { status: 'error', message: t('noteDraftGone') };
    try {
      const { tabId: _tabId, frameId: _frameId, draftId: _draftId, ...fields } = draft;
      const result = await this.store.create({ ...fields, text, tags }, this.now());
      this.announce({ type: 'changed', ids: [result.note.id] });
      void this.toTab(draft.tabId, 0, 'notesChanged', {}).catch(() => {});
      await this.endDraft(draft);
      return { status: result.status, id: result.note.id };
    } catch (err) {
      return {
        status: 'error',
        message: err instanceof NotesQuotaError ? err.message : t('errorNoteNotSaved', (err as Error).message),
      };
    }
  }

  async noteEditorClose({ draftId }: Data<'noteEditorClose'>): Result<'noteEditorClose'> {
    const draft = await this.noteDraftGet({ draftId });
    if (!draft) return { ok: false };
    await this.endDraft(draft);
    return { ok: true };
  }

  async noteUpdate({ id, text, tags }: Data<'noteUpdate'>): Result<'noteUpdate'> {
    try {
      const note = await this.store.update(id, { text, tags }, this.now());
      this.announce({ type: 'changed', ids: [id] });
      return { ok: true, note };
    } catch (err) {
      if (err instanceof NotesQuotaError || err instanceof DuplicateNoteError) return { ok: false, message: err.message };
      return { ok: false, message: (err as Error).message };
    }
  }

  async noteDelete({ id }: Data<'noteDelete'>): Result<'noteDelete'> {
    const note = (await this.store.remove(id)) ?? null;
    if (note) {
      this.announce({ type: 'changed', ids: [id] });
      void this.notifyPages([note.url]);
    }
    return { note };
  }

  /** Undo of a delete: the same record back, its fingerprint recomputed rather than trusted. */
  async noteRestore({ note }: Data<'noteRestore'>): Result<'noteRestore'> {
    try {
      const record = makeNote(note as Note);
      const result = await this.store.insert(record);
      this.announce({ type: 'changed', ids: [record.id] });
      void this.notifyPages([record.url]);
      return { status: result.status, id: result.note.id };
    } catch (err) {
      return { status: 'error', message: (err as Error).message };
    }
  }

  async notesImport({ fileText }: Data<'notesImport'>): Result<'notesImport'> {
    const report = await importNotesFile(this.store, fileText);
    if (report.ok && report.imported) this.announce({ type: 'changed', ids: [], all: true });
    return report;
  }

  /** Go to the note's page (a tab already showing it, or a new one) and scroll to its highlight. */
  async noteOpen({ id }: Data<'noteOpen'>): Result<'noteOpen'> {
    const note = await this.store.get(id);
    if (!note) return { ok: false };
    const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
    const open = tabs.find((t) => t.id !== undefined && t.url && canonicalUrl(t.url) === note.url);
    if (open?.id !== undefined) {
      await browser.tabs.update(open.id, { active: true });
      if (open.windowId !== undefined) await browser.windows?.update(open.windowId, { focused: true }).catch(() => {});
      const reply = await this.toTab(open.id, 0, 'noteScrollTo', { id }).catch(() => null);
      if (!reply) await this.session.set(`focus:${open.id}`, { id, url: note.url });
      return { ok: true };
    }
    const tab = await browser.tabs.create({ url: note.url, active: true });
    if (tab.id !== undefined) await this.session.set(`focus:${tab.id}`, { id, url: note.url });
    return { ok: true };
  }

  /** The popup's button: with `here`, the popup itself shows the draft; otherwise a surface is opened. */
  async noteStartInTab({ tabId, here }: Data<'noteStartInTab'>): Result<'noteStartInTab'> {
    return this.startInTab(tabId, 0, here ? Promise.resolve('popup') : this.surfaceFor({ tabId }));
  }

  /**
   * The context menu, the keyboard command and the popup all end here. The surface was opened first (inside
   * the gesture); then the tab is asked for its selection, and its `noteDraft` finds the surface waiting.
   */
  async startInTab(tabId: number, frameId: number, surface?: Promise<NoteSurface>): Promise<{ started: boolean; reason?: string }> {
    if (surface) this.pending.set(tabId, surface);
    try {
      const reply = await this.toTab(tabId, frameId, 'noteFromSelection', {});
      // The page's start-up script carries no strings (it stays small): its "off" is worded here.
      return !reply.started && reply.reason === 'off' ? { ...reply, reason: t('errorOffOnSite') } : reply;
    } catch {
      return { started: false, reason: t('errorNotRunning') };
    } finally {
      if (surface && this.pending.get(tabId) === surface) this.pending.delete(tabId);
    }
  }

  /** The last surfaces that registered, newest last: what the reader (and the e2e tests) can check opened. */
  async logSurface(hello: { kind: string; tabId: number | null }): Promise<void> {
    const log = ((await this.session.get('surfaceLog')) as { kind: string; tabId: number | null; at: number }[] | undefined) ?? [];
    await this.session.set('surfaceLog', [...log.slice(-19), { kind: hello.kind, tabId: hello.tabId, at: this.now() }]);
  }

  private async notifyPages(urls: readonly string[]): Promise<void> {
    const wanted = new Set(urls);
    const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] }).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined || !tab.url) continue;
      const url = canonicalUrl(tab.url);
      if (url && wanted.has(url)) void this.toTab(tab.id, 0, 'notesChanged', {}).catch(() => {});
    }
  }
}

/** Wire the handlers, the context-menu item and the keyboard command. Listeners are added synchronously (MV3 wake-ups). */
export function registerNotes(deps: NotesBackgroundDeps = {}): NotesBackground {
  const notes = new NotesBackground(deps);
  for (const [name, policy] of Object.entries(NOTE_POLICIES) as [NoteMessage, SenderPolicy | null][]) {
    if (!policy) continue;
    const method = (notes as unknown as Record<string, (data: unknown, sender: Sender) => Promise<unknown>>)[name]!.bind(notes);
    handle(name as MessageName, policy, method as never);
  }

  const menus = browser.contextMenus;
  const createMenu = async () => {
    if (!menus) return;
    await loadUiLanguage({ refresh: true }).catch(() => {});
    // Only our own item: other features may have menu items of their own.
    await Promise.resolve(menus.remove(SAVE_NOTE_MENU_ID)).catch(() => {});
    menus.create(
      {
        id: SAVE_NOTE_MENU_ID,
        title: t('contextMenuSaveNote'),
        contexts: ['selection'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      },
      () => void browser.runtime.lastError,
    );
  };
  browser.runtime.onInstalled.addListener(() => void createMenu());
  // Firefox's event page is a window and may ask; Chrome's service worker has no persist() (the popup asks there).
  browser.runtime.onInstalled.addListener(() => void requestPersistentStorage());
  browser.runtime.onStartup?.addListener(() => void createMenu());
  // The reader chose another interface language: the item's title follows, and so do the background's messages.
  watchUiLanguage(() => void createMenu());
  void loadUiLanguage().catch(() => {});
  // Both handlers open the surface synchronously, while the click or the key still counts as the reader's gesture.
  menus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_NOTE_MENU_ID || tab?.id === undefined) return;
    const surface = notes.surfaceFor({ tabId: tab.id, ...(tab.windowId !== undefined ? { windowId: tab.windowId } : {}) });
    void notes.startInTab(tab.id, info.frameId ?? 0, surface);
  });
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== SAVE_NOTE_COMMAND) return;
    if (tab?.id !== undefined) {
      const surface = notes.surfaceFor({ tabId: tab.id, ...(tab.windowId !== undefined ? { windowId: tab.windowId } : {}) });
      return void notes.startInTab(tab.id, 0, surface);
    }
    const target = (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target?.id !== undefined) void notes.startInTab(target.id, 0, notes.surfaceFor({ tabId: target.id }));
  });
  notes.surfaces.listen(browser.runtime.id, browser.runtime.getURL('/'), (hello) => void notes.logSurface(hello));
  return notes;
}
