/**
 * The notes feature of the PageSession (injected as notes.js, once per page: when the page has notes, or when the
 * reader starts one). The page's side of a note is only WHERE it is: this feature turns a selection or a badge's
 * text into W3C selectors (lib/notes/dom-anchor.ts), sends a draft to the background, which opens the surface
 * where the note is typed (side panel, sidebar, popup or a small window: never a frame in the page), and draws the
 * page's notes back from their selectors. It never receives note text.
 *
 * One walk of the page and one re-anchor per save: `notesChanged` (sent by the background after a save) is the only
 * thing that re-reads the page's notes; `noteEditorClosed` only clears the draft's highlight.
 */
import { sendMessage } from '../messages-client';
import { clearHighlight, registerPrivateHighlightStyle, setHighlight } from '../dom/highlight';
import { anchorSelectors, describeRange, indexText, spanToRange } from '../notes/dom-anchor';
import type { NoteAnchor, NoteSurface } from '../notes/protocol';
import type { Feature, PageSession } from './session';
import { FEATURES } from './features';
import { findSession } from './session-slot';
import { t } from '../i18n';
import { loadUiLanguage, watchUiLanguage } from '../ui-language-page';

export const NOTE_HIGHLIGHT = 'claimlens-note';
export const NOTE_FOCUS_HIGHLIGHT = 'claimlens-note-focus';
export const NOTE_DRAFT_HIGHLIGHT = 'claimlens-note-draft';
/** Content loaded after the first attempt (lazy article bodies) gets this long to show up before a note is called an orphan. */
const ORPHAN_GRACE_MS = 8000;

export interface NoteTarget {
  range?: Range;
  claimId?: string;
  /** The claimant of claimId, so the popup can filter by it. */
  claimant?: string;
}

export type StartResult = { started: boolean; reason?: string; surface?: NoteSurface };

/** What other features (the card) and the session's message handlers ask of the notes feature. */
export interface NotesApi {
  /** Start a note on a range or a claim: selectors, a draft highlight, and the background opens the surface. */
  startNote(target: NoteTarget): Promise<StartResult>;
  /** The background's `noteFromSelection` (context menu, shortcut, popup): a note on the current selection. */
  fromSelection(): Promise<StartResult>;
  editorClosed(draftId: string): { ok: boolean };
  /** Read this page's notes again and redraw them (after `notesChanged`). */
  refresh(): Promise<void>;
  scrollTo(id: string): boolean;
}

export const notesFeature: Feature<NotesApi> = {
  id: 'notes',
  when: FEATURES.notes.when,
  init: initNotes,
};

/** Entry of notes.js. */
export function registerNotes(): void {
  findSession()?.add(notesFeature);
}

let stylesRegistered = false;
function registerNoteStyles(): void {
  if (stylesRegistered) return;
  stylesRegistered = true;
  // Green with a solid underline: unmistakable next to the amber of mention highlights and the blue of figures.
  registerPrivateHighlightStyle(NOTE_HIGHLIGHT, {
    background: 'rgba(60, 185, 110, 0.30)',
    darkBackground: 'rgba(70, 200, 120, 0.32)',
    underline: 'rgba(15, 110, 55, 0.95)',
  });
  registerPrivateHighlightStyle(NOTE_FOCUS_HIGHLIGHT, { background: 'rgba(255, 140, 0, 0.55)' });
  registerPrivateHighlightStyle(NOTE_DRAFT_HIGHLIGHT, { background: 'rgba(80, 160, 255, 0.35)' });
}

function initNotes(signal: AbortSignal, session: PageSession): NotesApi {
  registerNoteStyles();
  // The reader's interface language for the reasons a note could not start (shown by the popup and the card).
  void loadUiLanguage();
  signal.addEventListener(
    'abort',
    watchUiLanguage(() => {}),
    { once: true },
  );
  session.contribute('notes', () => ({ notesShown: ranges.size }));
  const ranges = new Map<string, Range>();
  let orphanWatch: MutationObserver | null = null;
  let draft: { id: string } | null = null;
  let focusTimer = 0;

  const clearDraft = () => {
    clearHighlight(NOTE_DRAFT_HIGHLIGHT);
    draft = null;
  };
  signal.addEventListener('abort', () => {
    orphanWatch?.disconnect();
    clearTimeout(focusTimer);
    ranges.clear();
    clearHighlight(NOTE_HIGHLIGHT);
    clearHighlight(NOTE_FOCUS_HIGHLIGHT);
    clearDraft();
  });

  const root = () => document.body ?? document.documentElement;

  /** One walk of the page, every note anchored through dom-anchor; returns the ids that could not be placed. */
  const place = (anchors: readonly NoteAnchor[]): string[] => {
    const index = indexText(root());
    ranges.clear();
    const orphans: string[] = [];
    for (const a of anchors) {
      const found = anchorSelectors(index, { quote: a.quote, ...(a.position ? { position: a.position } : {}) });
      if (found) ranges.set(a.id, spanToRange(found.span, document));
      else orphans.push(a.id);
    }
    setHighlight(NOTE_HIGHLIGHT, [...ranges.values()]);
    session.report();
    return orphans;
  };

  const report = async (anchors: readonly NoteAnchor[]) => {
    if (!anchors.length || signal.aborted) return;
    const placed = anchors.filter((a) => ranges.has(a.id)).map((a) => a.id);
    const orphaned = anchors.filter((a) => !ranges.has(a.id)).map((a) => a.id);
    await sendMessage('notesPlacement', { placed, orphaned }).catch(() => {});
  };

  const retryOrphans = (anchors: readonly NoteAnchor[], focusId: string | undefined) => {
    orphanWatch?.disconnect();
    let timer = 0;
    const finish = () => {
      orphanWatch?.disconnect();
      orphanWatch = null;
      clearTimeout(timer);
      void report(anchors);
    };
    const deadline = setTimeout(finish, ORPHAN_GRACE_MS);
    signal.addEventListener('abort', () => clearTimeout(deadline));
    orphanWatch = new MutationObserver(() => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        const left = place(anchors);
        if (focusId && ranges.has(focusId)) scrollTo(focusId);
        if (!left.length) {
          clearTimeout(deadline);
          finish();
        }
      }, 400);
    });
    orphanWatch.observe(root(), { childList: true, subtree: true, characterData: true });
  };

  const refresh = async () => {
    const reply = await sendMessage('notesForPage', {}).catch(() => null);
    if (!reply || signal.aborted) return;
    const { anchors, focusId } = reply;
    const orphans = place(anchors);
    if (focusId) scrollTo(focusId);
    if (orphans.length) retryOrphans(anchors, focusId);
    else void report(anchors);
  };

  const scrollTo = (id: string): boolean => {
    const range = ranges.get(id);
    if (!range) return false;
    const rect = range.getBoundingClientRect();
    window.scrollTo({ top: Math.max(0, window.scrollY + rect.top - window.innerHeight / 3), behavior: 'instant' as ScrollBehavior });
    setHighlight(NOTE_FOCUS_HIGHLIGHT, [range]);
    clearTimeout(focusTimer);
    focusTimer = window.setTimeout(() => clearHighlight(NOTE_FOCUS_HIGHLIGHT), 2500);
    return true;
  };

  const startNote = async (target: NoteTarget): Promise<StartResult> => {
    let selectors: ReturnType<typeof describeRange> = null;
    let draftRange: Range | null = null;
    if (target.range) {
      const index = indexText(root());
      selectors = describeRange(index, target.range);
      const found = selectors && anchorSelectors(index, selectors);
      if (found) draftRange = spanToRange(found.span, document);
    }
    if (!selectors && !target.claimId) return { started: false, reason: t('errorSelectTextOnPage') };
    const reply = await sendMessage('noteDraft', {
      title: document.title.slice(0, 1000),
      ...(selectors ? { quote: selectors.quote, position: selectors.position } : {}),
      ...(target.claimId ? { claimId: target.claimId } : {}),
      ...(target.claimant ? { claimant: target.claimant } : {}),
    });
    if (signal.aborted) return { started: false, reason: t('errorPageClosing') };
    clearDraft();
    if (reply.surface === 'none') return { started: false, reason: t('errorNoSurface'), surface: 'none' };
    // The selection goes away when focus moves to the surface; this keeps the passage marked meanwhile.
    setHighlight(NOTE_DRAFT_HIGHLIGHT, draftRange ? [draftRange] : []);
    draft = { id: reply.draftId };
    return { started: true, ...(reply.surface ? { surface: reply.surface } : {}) };
  };

  const api: NotesApi = {
    startNote,
    fromSelection: async () => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { started: false, reason: t('errorSelectTextOnPage') };
      return startNote({ range: selection.getRangeAt(0) });
    },
    editorClosed: (draftId) => {
      if (draft?.id !== draftId) return { ok: false };
      clearDraft();
      return { ok: true };
    },
    refresh,
    scrollTo,
  };
  void refresh();
  return api;
}
