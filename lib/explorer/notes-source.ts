/**
 * The reader's notes on claims, for "My notes" beside each claim. The explorer is an extension page, in
 * the extension's own origin, so it reads the notes database directly (read-only) through its `by-claim`
 * index, as the popup does; no web page and no content script can reach this path. Should notes move behind
 * a background message, only this file changes: the views depend on `ClaimNotesSource` alone.
 */
import type { IDBPDatabase } from 'idb';
import { sharedDb, type ClaimLensDB } from '../notes/db';

export interface ClaimNote {
  id: string;
  text: string;
  /** The passage the note was taken on, if any. */
  quote?: string;
  /** The page the note was taken on. */
  url: string;
  title: string;
  updated: number;
}

export type ClaimNotesSource = () => Promise<Map<string, ClaimNote[]>>;

export async function loadNotesForClaims(open: () => Promise<IDBPDatabase<ClaimLensDB>> = sharedDb): Promise<Map<string, ClaimNote[]>> {
  const db = await open();
  // The index holds only notes that have a claimId: notes on other passages are never read.
  const notes = await db.getAllFromIndex('notes', 'by-claim');
  const byClaim = new Map<string, ClaimNote[]>();
  for (const note of notes) {
    if (!note.claimId) continue;
    const list = byClaim.get(note.claimId) ?? [];
    list.push({
      id: note.id,
      text: note.text,
      ...(note.quote?.exact ? { quote: note.quote.exact } : {}),
      url: note.url,
      title: note.title,
      updated: note.updated,
    });
    byClaim.set(note.claimId, list);
  }
  for (const list of byClaim.values()) list.sort((a, b) => b.updated - a.updated || a.id.localeCompare(b.id));
  return byClaim;
}
