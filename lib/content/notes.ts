/**
 * Notes on the page. The content script knows where notes are (ids and selectors) and never what
 * they say: it shares the page's DOM and process, so it draws highlights (CSS Custom Highlight API,
 * no element added) and frames the extension's own editor page, whose text the page cannot read.
 *
 * Both stage one (the content script) and stage two (the injected annotator with the claims card)
 * may call openNoteEditor; they share one isolated world, so the live instance is kept under a
 * registered symbol and the card's call reaches the same editor and highlights.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi, type IframeContentScriptUi } from 'wxt/utils/content-script-ui/iframe';
import { messaging, parseRequest, RejectedMessageError, sendMessage, type MessageName } from '../messages';
import { registerHighlightStyle, setHighlight } from '../dom/highlight';
import { describeRange, indexText, offsetsToSpan, spanToRange, type TextIndex } from '../notes/dom-anchor';
import { locate } from '../notes/anchor';
import type { NoteAnchor } from '../notes/protocol';
import { followPageSettings } from './settings';
import { contentScriptSignal } from './handoff';
import { loadUiLanguage, t, watchUiLanguage } from '../i18n';

export const NOTE_HIGHLIGHT = 'claimlens-note';
export const NOTE_FOCUS_HIGHLIGHT = 'claimlens-note-focus';
export const NOTE_DRAFT_HIGHLIGHT = 'claimlens-note-draft';
const NOTES_API = Symbol.for('claimlens.notes');
/** Content loaded after the first attempt (lazy article bodies) gets this long to show up before a note is called an orphan. */
const ORPHAN_GRACE_MS = 8000;

export interface NoteEditorTarget {
  range?: Range;
  claimId?: string;
  /** The claimant of claimId, so the popup can filter by it. */
  claimant?: string;
}

export type StartResult = { started: boolean; reason?: string };

interface NotesApi {
  openNoteEditor(target: NoteEditorTarget): Promise<StartResult>;
  refresh(): Promise<void>;
}

type Slot = Record<symbol, NotesApi | undefined>;

/** Open the note editor on a selection or a claim (the claims card's "Save a note"). */
export function openNoteEditor(target: NoteEditorTarget): Promise<StartResult> {
  const live = (globalThis as Slot)[NOTES_API];
  if (live) return live.openNoteEditor(target);
  // Stage one is not running in this world (should not happen): work alone, for this page's life.
  return new NotesOnPage(new AbortController().signal).openNoteEditor(target);
}

/** Entry of the injected notes script: one instance per frame, living as long as the content script. */
export function startNotesScript(): void {
  if ((globalThis as Slot)[NOTES_API]) return;
  init(contentScriptSignal());
}

export function init(signal: AbortSignal): void {
  if (window.top !== window) return;
  const notes = new NotesOnPage(signal);
  (globalThis as Slot)[NOTES_API] = notes;
  signal.addEventListener('abort', () => {
    if ((globalThis as Slot)[NOTES_API] === notes) delete (globalThis as Slot)[NOTES_API];
  });
  notes.listen();
  // The reader's interface language for the editor frame's title and the reasons a note could not start.
  void loadUiLanguage();
  signal.addEventListener(
    'abort',
    watchUiLanguage(() => {}),
    { once: true },
  );
  // Off on this site (or everywhere) means no highlights and no editor either; on again, they come back.
  void followPageSettings(signal, (settings) => notes.setActive(settings.active));
}

class NotesOnPage implements NotesApi {
  private ranges = new Map<string, Range>();
  private editor: { ui: IframeContentScriptUi<void>; draftId: string } | null = null;
  private orphanWatch: MutationObserver | null = null;
  private readonly ctx: ContentScriptContext;
  /** Follows the settings; a standalone instance (no settings watch) is active. */
  private active = true;
  private settingsSeen = false;

  constructor(private readonly signal: AbortSignal) {
    registerHighlightStyle(NOTE_HIGHLIGHT, {
      background: 'rgba(255, 196, 0, 0.32)',
      darkBackground: 'rgba(255, 196, 0, 0.28)',
      underline: 'rgba(204, 140, 0, 0.9)',
    });
    registerHighlightStyle(NOTE_FOCUS_HIGHLIGHT, { background: 'rgba(255, 140, 0, 0.55)' });
    registerHighlightStyle(NOTE_DRAFT_HIGHLIGHT, { background: 'rgba(80, 160, 255, 0.35)' });
    // createIframeUi needs only this part of WXT's context: remove the frame when the script is invalidated.
    this.ctx = {
      onInvalidated: (cb: () => void) => {
        signal.addEventListener('abort', cb);
        return () => signal.removeEventListener('abort', cb);
      },
    } as unknown as ContentScriptContext;
    signal.addEventListener('abort', () => {
      this.orphanWatch?.disconnect();
      setHighlight(NOTE_HIGHLIGHT, []);
      setHighlight(NOTE_FOCUS_HIGHLIGHT, []);
      setHighlight(NOTE_DRAFT_HIGHLIGHT, []);
      this.closeEditor();
    });
  }

  setActive(active: boolean): void {
    const wasActive = this.active && this.settingsSeen;
    this.active = active;
    this.settingsSeen = true;
    if (active && !wasActive) void this.refresh();
    if (!active) {
      this.orphanWatch?.disconnect();
      this.ranges.clear();
      setHighlight(NOTE_HIGHLIGHT, []);
      setHighlight(NOTE_FOCUS_HIGHLIGHT, []);
      this.closeEditor();
    }
  }

  /** Commands from the background. Each is checked: it must come from this extension, not a tab, and be well-formed. */
  listen(): void {
    const ownOrigin = browser.runtime.getURL('/');
    const on = <K extends MessageName>(name: K, run: (data: unknown) => unknown) => {
      const off = (messaging.onMessage as (n: K, cb: (m: { data: unknown; sender: any }) => unknown) => () => void)(
        name,
        async (message) => {
          const sender = message.sender ?? {};
          if (sender.id !== browser.runtime.id || sender.tab || (typeof sender.url === 'string' && !sender.url.startsWith(ownOrigin))) {
            throw new RejectedMessageError('only the extension may send this');
          }
          return run(parseRequest(name, message.data));
        },
      );
      this.signal.addEventListener('abort', off);
    };
    on('noteFromSelection', () => this.fromSelection());
    on('noteEditorClosed', (d) => this.editorClosed((d as { draftId: string }).draftId));
    on('notesChanged', async () => {
      await this.refresh();
      return { ok: true };
    });
    on('noteScrollTo', (d) => ({ found: this.scrollTo((d as { id: string }).id) }));
  }

  async refresh(): Promise<void> {
    if (!this.active) return;
    const reply = await sendMessage('notesForPage', {}).catch(() => null);
    if (!reply || this.signal.aborted || !this.active) return;
    const { anchors, focusId } = reply;
    const orphans = this.place(anchors);
    if (focusId) this.scrollTo(focusId);
    if (orphans.length) this.retryOrphans(anchors, focusId);
    else void this.report(anchors);
  }

  /** Anchor everything; returns the ids that could not be placed. */
  private place(anchors: readonly NoteAnchor[]): string[] {
    const index = indexText(document.body ?? document.documentElement);
    this.ranges.clear();
    const orphans: string[] = [];
    for (const a of anchors) {
      const range = rangeFor(index, a);
      if (range) this.ranges.set(a.id, range);
      else orphans.push(a.id);
    }
    setHighlight(NOTE_HIGHLIGHT, [...this.ranges.values()]);
    return orphans;
  }

  private retryOrphans(anchors: readonly NoteAnchor[], focusId: string | undefined): void {
    this.orphanWatch?.disconnect();
    let timer = 0;
    const finish = () => {
      this.orphanWatch?.disconnect();
      this.orphanWatch = null;
      clearTimeout(timer);
      void this.report(anchors);
    };
    const deadline = setTimeout(finish, ORPHAN_GRACE_MS);
    this.signal.addEventListener('abort', () => clearTimeout(deadline));
    this.orphanWatch = new MutationObserver(() => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        const left = this.place(anchors);
        if (focusId && this.ranges.has(focusId)) this.scrollTo(focusId);
        if (!left.length) {
          clearTimeout(deadline);
          finish();
        }
      }, 400);
    });
    this.orphanWatch.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private async report(anchors: readonly NoteAnchor[]): Promise<void> {
    if (!anchors.length || this.signal.aborted) return;
    const placed = anchors.filter((a) => this.ranges.has(a.id)).map((a) => a.id);
    const orphaned = anchors.filter((a) => !this.ranges.has(a.id)).map((a) => a.id);
    await sendMessage('notesPlacement', { placed, orphaned }).catch(() => {});
  }

  scrollTo(id: string): boolean {
    const range = this.ranges.get(id);
    if (!range) return false;
    const rect = range.getBoundingClientRect();
    window.scrollTo({ top: Math.max(0, window.scrollY + rect.top - window.innerHeight / 3), behavior: 'instant' as ScrollBehavior });
    setHighlight(NOTE_FOCUS_HIGHLIGHT, [range]);
    setTimeout(() => setHighlight(NOTE_FOCUS_HIGHLIGHT, []), 2500);
    return true;
  }

  private fromSelection(): Promise<StartResult> | StartResult {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { started: false, reason: t('errorSelectTextOnPage') };
    return this.openNoteEditor({ range: selection.getRangeAt(0) });
  }

  async openNoteEditor(target: NoteEditorTarget): Promise<StartResult> {
    if (!this.active) return { started: false, reason: t('errorOffOnSite') };
    let selectors: ReturnType<typeof describeRange> = null;
    let draftRange: Range | null = null;
    if (target.range) {
      const index = indexText(document.body ?? document.documentElement);
      selectors = describeRange(index, target.range);
      if (selectors) {
        const span = offsetsToSpan(index, selectors.position!.start, selectors.position!.end);
        draftRange = span ? spanToRange(span, document) : null;
      }
    }
    if (!selectors && !target.claimId) return { started: false, reason: t('errorSelectTextOnPage') };
    const { draftId } = await sendMessage('noteDraft', {
      title: document.title.slice(0, 1000),
      ...(selectors ? { quote: selectors.quote, position: selectors.position } : {}),
      ...(target.claimId ? { claimId: target.claimId } : {}),
      ...(target.claimant ? { claimant: target.claimant } : {}),
    });
    if (this.signal.aborted) return { started: false, reason: t('errorPageClosing') };
    this.closeEditor();
    // The selection goes away when focus moves into the editor; this keeps the passage marked meanwhile.
    setHighlight(NOTE_DRAFT_HIGHLIGHT, draftRange ? [draftRange] : []);
    const ui = createIframeUi<void>(this.ctx, {
      page: `/note-editor.html#${draftId}` as '/note-editor.html',
      position: 'inline',
      anchor: 'html',
      onMount: (wrapper, iframe) => {
        wrapper.setAttribute('data-claimlens-ui', 'note-editor');
        const set = (el: HTMLElement, css: Record<string, string>) => {
          for (const [k, v] of Object.entries(css)) el.style.setProperty(k, v, 'important');
        };
        set(wrapper, {
          position: 'fixed',
          right: '16px',
          bottom: '16px',
          width: 'min(380px, calc(100vw - 32px))',
          height: '320px',
          'z-index': '2147483647',
          display: 'block',
        });
        set(iframe, {
          width: '100%',
          height: '100%',
          border: '0',
          'border-radius': '10px',
          'box-shadow': '0 8px 28px rgba(0,0,0,.28)',
          'color-scheme': 'normal',
          background: 'transparent',
        });
        iframe.setAttribute('title', t('noteEditorFrameTitle'));
        iframe.setAttribute('allowtransparency', 'true');
        iframe.addEventListener('load', () => iframe.focus(), { once: true });
      },
    });
    ui.mount();
    this.editor = { ui, draftId };
    return { started: true };
  }

  private async editorClosed(draftId: string): Promise<{ ok: boolean }> {
    if (this.editor?.draftId !== draftId) return { ok: false };
    this.closeEditor();
    await this.refresh();
    return { ok: true };
  }

  private closeEditor(): void {
    setHighlight(NOTE_DRAFT_HIGHLIGHT, []);
    this.editor?.ui.remove();
    this.editor = null;
  }
}

function rangeFor(index: TextIndex, anchor: NoteAnchor): Range | null {
  const found = locate(index.text, { quote: anchor.quote, position: anchor.position });
  if (!found) return null;
  const span = offsetsToSpan(index, found.start, found.end);
  return span ? spanToRange(span, document) : null;
}
