/**
 * The note messages of lib/messages.ts. Who may send each one is part of the contract:
 *
 * - content script → background: only anchors and drafts. A content script lives in the page's
 *   process and shares its DOM, so it never receives note text, only ids and selectors to draw highlights.
 * - extension page (popup, the note surface: side panel, sidebar or a small extension window) → background:
 *   everything that carries note text. No note is ever typed in a frame inside a web page.
 * - background → content script: commands with ids only.
 *
 * The page address a note belongs to always comes from the sender's tab, never from the payload.
 */
import * as v from 'valibot';
import {
  ClaimIdSchema,
  LIMITS,
  NoteId,
  NoteRecordSchema,
  NoteTextSchema,
  PositionSelectorSchema,
  QuoteSelectorSchema,
  TagsSchema,
  type Note,
} from './model';
import { MAX_IMPORT_BYTES, type ImportReport } from './transfer';

const DraftId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{8,64}$/, 'is not a draft id'));
const Ids = v.pipe(v.array(NoteId), v.maxLength(5000));
const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));

/** What a content script may know about a note: where it is, not what it says. */
export const NoteAnchorSchema = v.object({ id: v.string(), quote: QuoteSelectorSchema, position: v.optional(PositionSelectorSchema) });
export type NoteAnchor = v.InferOutput<typeof NoteAnchorSchema>;

/**
 * Where the note is typed, as the background reports it to the tab that asked: the browser's side panel
 * (Chrome), its sidebar (Firefox), the toolbar popup, a small extension window, or nowhere yet ('none': the
 * draft waits until the reader opens the popup, as on Firefox for Android where a content script cannot open it).
 */
export const NOTE_SURFACES = ['sidepanel', 'sidebar', 'popup', 'window', 'none'] as const;
export type NoteSurface = (typeof NOTE_SURFACES)[number];

/** The port a surface page keeps open to the background while it shows a tab's draft. */
export const NOTE_SURFACE_PORT = 'claimlens-note-surface';
export interface NoteSurfaceHello {
  kind: Exclude<NoteSurface, 'none'>;
  /** The tab whose draft it shows; a side panel or sidebar follows the active tab of its window. */
  tabId: number | null;
  windowId: number | null;
}

export interface NoteDraft {
  draftId: string;
  url: string;
  title: string;
  quote?: Note['quote'];
  position?: Note['position'];
  claimId?: string;
  claimant?: string;
  tabId: number;
  frameId: number;
}

export const noteRequestSchemas = {
  // content script → background
  notesForPage: v.strictObject({}),
  notesPlacement: v.strictObject({ placed: Ids, orphaned: Ids }),
  noteDraft: v.strictObject({
    title: v.pipe(v.string(), v.maxLength(LIMITS.title)),
    quote: v.optional(QuoteSelectorSchema),
    position: v.optional(PositionSelectorSchema),
    claimId: v.optional(ClaimIdSchema),
    claimant: v.optional(ClaimIdSchema),
  }),
  // extension pages → background
  noteDraftGet: v.strictObject({ draftId: DraftId }),
  noteDraftForTab: v.strictObject({ tabId: TabId }),
  noteSave: v.strictObject({ draftId: DraftId, text: NoteTextSchema, tags: TagsSchema }),
  noteEditorClose: v.strictObject({ draftId: DraftId }),
  noteUpdate: v.strictObject({ id: NoteId, text: NoteTextSchema, tags: TagsSchema }),
  noteDelete: v.strictObject({ id: NoteId }),
  noteRestore: v.strictObject({ note: NoteRecordSchema }),
  notesImport: v.strictObject({ fileText: v.pipe(v.string(), v.maxLength(MAX_IMPORT_BYTES)) }),
  noteOpen: v.strictObject({ id: NoteId }),
  /** `here`: the popup asking is itself the surface (it shows the draft), so nothing else is opened. */
  noteStartInTab: v.strictObject({ tabId: TabId, here: v.optional(v.boolean()) }),
  // background → content script
  noteFromSelection: v.strictObject({}),
  noteEditorClosed: v.strictObject({ draftId: DraftId }),
  notesChanged: v.strictObject({}),
  noteScrollTo: v.strictObject({ id: NoteId }),
} as const;

type Req<K extends keyof typeof noteRequestSchemas> = v.InferOutput<(typeof noteRequestSchemas)[K]>;

export type NoteSaveResult = { status: 'saved' | 'duplicate'; id: string } | { status: 'error'; message: string };

export interface NotesProtocolMap {
  notesForPage(data: Req<'notesForPage'>): { anchors: NoteAnchor[]; focusId?: string };
  notesPlacement(data: Req<'notesPlacement'>): { changed: number };
  noteDraft(data: Req<'noteDraft'>): { draftId: string; surface: NoteSurface };
  noteDraftGet(data: Req<'noteDraftGet'>): NoteDraft | null;
  noteDraftForTab(data: Req<'noteDraftForTab'>): NoteDraft | null;
  noteSave(data: Req<'noteSave'>): NoteSaveResult;
  noteEditorClose(data: Req<'noteEditorClose'>): { ok: boolean };
  noteUpdate(data: Req<'noteUpdate'>): { ok: true; note: Note } | { ok: false; message: string };
  noteDelete(data: Req<'noteDelete'>): { note: Note | null };
  noteRestore(data: Req<'noteRestore'>): NoteSaveResult;
  notesImport(data: Req<'notesImport'>): ImportReport;
  noteOpen(data: Req<'noteOpen'>): { ok: boolean };
  noteStartInTab(data: Req<'noteStartInTab'>): { started: boolean; reason?: string };
  noteFromSelection(data: Req<'noteFromSelection'>): { started: boolean; reason?: string };
  noteEditorClosed(data: Req<'noteEditorClosed'>): { ok: boolean };
  notesChanged(data: Req<'notesChanged'>): { ok: boolean };
  noteScrollTo(data: Req<'noteScrollTo'>): { found: boolean };
}

/** Popup ↔ background ↔ other extension pages: which notes changed. Ids only; readers fetch from IndexedDB. */
export const NOTES_CHANNEL = 'claimlens-notes';
export type NotesChannelMessage =
  | {
      type: 'changed';
      ids: string[];
      /** True when ids is everything (an import): reload all. */
      all?: boolean;
    }
  /** A tab's draft started or ended: a surface showing that tab asks again (noteDraftForTab). */
  | { type: 'draft'; tabId: number };
