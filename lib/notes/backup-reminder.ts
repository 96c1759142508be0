/**
 * When the popup reminds the reader to export. Notes live only in this browser profile (uninstalling
 * ClaimLens deletes them), so an export is the only backup; the reminder is local arithmetic, never a network call.
 */
import { storage } from 'wxt/utils/storage';

export const REMIND_AFTER_DAYS = 30;
export const REMIND_AFTER_NEW_NOTES = 50;
const DAY = 24 * 60 * 60 * 1000;

export interface LastExport {
  /** When the last export file was made (ms since the epoch). */
  at: number;
}

export interface BackupState {
  lastExportAt: number | null;
  /** Notes created since the last export (all notes when there was none). */
  newNotes: number;
  due: boolean;
}

/** `created`: each note's creation time. With no export yet, the oldest note's age stands in for the export's. */
export function backupState(created: readonly number[], last: LastExport | null, now = Date.now()): BackupState {
  const since = last?.at ?? null;
  const newNotes = since === null ? created.length : created.filter((c) => c > since).length;
  if (newNotes === 0) return { lastExportAt: since, newNotes, due: false };
  let oldest = Infinity;
  for (const c of created) if (c < oldest) oldest = c;
  const waitedFrom = since ?? oldest;
  const due = newNotes >= REMIND_AFTER_NEW_NOTES || now - waitedFrom >= REMIND_AFTER_DAYS * DAY;
  return { lastExportAt: since, newNotes, due };
}

/** Kept in storage.local beside the settings: it says when the reader last saved a copy. */
export const lastExportItem = storage.defineItem<LastExport | null>('local:notesLastExport', { fallback: null });
