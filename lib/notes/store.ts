/**
 * Every read and write of notes. Each write is one IndexedDB transaction, so several writers
 * (two tabs saving through the background, the popup editing) queue up instead of overwriting
 * each other, and a failed write leaves nothing half-done.
 */
import type { IDBPDatabase } from 'idb';
import { sharedDb, type ClaimLensDB } from './db';
import { fingerprint, makeNote, type NewNote, type Note } from './model';
import { t } from '../i18n';

export class NotesQuotaError extends Error {
  override name = 'NotesQuotaError';
  constructor() {
    super(t('errorQuota'));
  }
}

export class DuplicateNoteError extends Error {
  override name = 'DuplicateNoteError';
  constructor(readonly existingId: string) {
    super(t('errorDuplicateNote'));
  }
}

export function isQuotaError(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { name?: string; code?: number; message?: string };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || /quota/i.test(e.message ?? '');
}

/** Run a write; any sign of a full disk becomes one clear error. */
async function write<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (isQuotaError(err)) throw new NotesQuotaError();
    throw err;
  }
}

export type SaveResult = { status: 'saved'; note: Note } | { status: 'duplicate'; note: Note };

export interface ImportOutcome {
  imported: number;
  /** 1-based record numbers (in the file) skipped as duplicates, with the reason. */
  duplicates: { record: number; reason: 'same id' | 'same target and text' }[];
}

export class NoteStore {
  constructor(private readonly open: () => Promise<IDBPDatabase<ClaimLensDB>> = sharedDb) {}

  async create(input: NewNote, now = Date.now()): Promise<SaveResult> {
    return this.insert(makeNote(input, now));
  }

  /** Add a complete record (a new note, or an undone delete). Never overwrites. */
  async insert(note: Note): Promise<SaveResult> {
    const db = await this.open();
    return write(async () => {
      const tx = db.transaction('notes', 'readwrite');
      const [byId, byPrint] = await Promise.all([tx.store.get(note.id), tx.store.index('by-fingerprint').get(note.fingerprint)]);
      const existing = byId ?? byPrint;
      if (existing) {
        await tx.done;
        return { status: 'duplicate', note: existing };
      }
      await tx.store.add(note);
      await tx.done;
      return { status: 'saved', note };
    });
  }

  async update(id: string, patch: { text?: string; tags?: readonly string[] }, now = Date.now()): Promise<Note> {
    const db = await this.open();
    return write(async () => {
      const tx = db.transaction('notes', 'readwrite');
      const current = await tx.store.get(id);
      if (!current) throw new Error(t('errorNoteGone'));
      const merged = makeNote({
        ...current,
        text: patch.text ?? current.text,
        tags: patch.tags ?? current.tags,
        updated: Math.max(now, current.updated),
      });
      const next: Note = { ...merged, url: current.url, site: current.site, id: current.id, created: current.created };
      next.fingerprint = fingerprint(next);
      const clash = await tx.store.index('by-fingerprint').getKey(next.fingerprint);
      if (clash && clash !== id) {
        tx.abort();
        await tx.done.catch(() => {});
        throw new DuplicateNoteError(clash);
      }
      await tx.store.put(next);
      await tx.done;
      return next;
    });
  }

  async remove(id: string): Promise<Note | undefined> {
    const db = await this.open();
    const tx = db.transaction('notes', 'readwrite');
    const note = await tx.store.get(id);
    if (note) await tx.store.delete(id);
    await tx.done;
    return note;
  }

  async get(id: string): Promise<Note | undefined> {
    return (await this.open()).get('notes', id);
  }

  async forUrl(url: string): Promise<Note[]> {
    return (await this.open()).getAllFromIndex('notes', 'by-url', url);
  }

  async count(): Promise<number> {
    return (await this.open()).count('notes');
  }

  async countForUrl(url: string): Promise<number> {
    return (await this.open()).countFromIndex('notes', 'by-url', url);
  }

  async all(): Promise<Note[]> {
    return (await this.open()).getAll('notes');
  }

  /** The newest notes without reading the rest: what the popup paints first. */
  async newest(limit: number): Promise<Note[]> {
    if (limit <= 0) return [];
    const db = await this.open();
    const index = db.transaction('notes').store.index('by-updated');
    // Three requests instead of one per note: find the limit-th newest time by skipping keys, then read
    // everything at or after it in one getAll (a step per record costs a round trip each).
    let cursor = await index.openKeyCursor(null, 'prev');
    if (cursor && limit > 1) cursor = await cursor.advance(limit - 1);
    const notes = cursor ? await index.getAll(IDBKeyRange.lowerBound(cursor.key)) : await index.getAll();
    return notes.reverse().slice(0, limit);
  }

  /** Record which of a page's notes could and could not be placed on the last visit. */
  async markPlacement(url: string, placed: readonly string[], orphaned: readonly string[]): Promise<string[]> {
    const db = await this.open();
    const changed: string[] = [];
    await write(async () => {
      const tx = db.transaction('notes', 'readwrite');
      const flags = new Map<string, boolean>([...placed.map((id) => [id, false] as const), ...orphaned.map((id) => [id, true] as const)]);
      for (const [id, orphan] of flags) {
        const note = await tx.store.get(id);
        // Only the page's own notes: a content script may not flag notes of other pages.
        if (!note || note.url !== url || note.orphan === orphan) continue;
        await tx.store.put({ ...note, orphan });
        changed.push(id);
      }
      await tx.done;
    });
    return changed;
  }

  /**
   * All-or-nothing: the valid records of an import go in one transaction. A duplicate (same id,
   * or same target and text, already stored or earlier in the same file) is skipped, never written.
   */
  async importNotes(records: readonly { record: number; note: Note }[]): Promise<ImportOutcome> {
    const db = await this.open();
    return write(async () => {
      const tx = db.transaction('notes', 'readwrite');
      const byPrint = tx.store.index('by-fingerprint');
      const seenIds = new Set<string>();
      const seenPrints = new Set<string>();
      const outcome: ImportOutcome = { imported: 0, duplicates: [] };
      try {
        for (const { record, note } of records) {
          if (seenIds.has(note.id) || (await tx.store.getKey(note.id)) !== undefined) {
            outcome.duplicates.push({ record, reason: 'same id' });
            continue;
          }
          if (seenPrints.has(note.fingerprint) || (await byPrint.getKey(note.fingerprint)) !== undefined) {
            outcome.duplicates.push({ record, reason: 'same target and text' });
            continue;
          }
          seenIds.add(note.id);
          seenPrints.add(note.fingerprint);
          await tx.store.add(note);
          outcome.imported++;
        }
      } catch (err) {
        // Anything thrown mid-way (a full disk included) must undo the records already added.
        try {
          tx.abort();
        } catch {
          // already aborted by the browser
        }
        await tx.done.catch(() => {});
        throw err;
      }
      await tx.done;
      return outcome;
    });
  }

  async clear(): Promise<void> {
    await (await this.open()).clear('notes');
  }
}
