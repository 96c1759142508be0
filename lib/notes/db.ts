/**
 * The extension's own IndexedDB. It is opened only in the extension's origin (the background and
 * extension pages such as the popup), never from a content script, so no web page can read it.
 *
 * Each schema version is one migration step below, applied in order from the version found on
 * disk: a database written by any earlier release upgrades in place and keeps its rows.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Note } from './model';

export const DB_NAME = 'claimlens';
export const DB_VERSION = 2;

export interface ClaimLensDB extends DBSchema {
  meta: { key: string; value: { key: string; value: string; at: number } };
  notes: {
    key: string;
    value: Note;
    indexes: {
      /** A page's notes, for re-anchoring on a visit. */
      'by-url': string;
      /** Newest first in the popup without reading everything. */
      'by-updated': number;
      /** "Same target and same text" is refused by the database itself, even from two writers at once. */
      'by-fingerprint': string;
      'by-site': string;
      'by-tag': string;
      'by-claim': string;
    };
  };
}

type UpgradeTx = IDBPTransaction<ClaimLensDB, StoreNames<ClaimLensDB>[], 'versionchange'>;

/** MIGRATIONS[n] takes a database from version n to n + 1. Never edit a shipped step; add one. */
const MIGRATIONS: ((db: IDBPDatabase<ClaimLensDB>, tx: UpgradeTx) => void)[] = [
  (db) => {
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  (db) => {
    // A bare indexedDB.open('claimlens') (no version) makes an empty version 1: give it what release 1 had.
    if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'key' });
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('by-url', 'url');
    notes.createIndex('by-updated', 'updated');
    notes.createIndex('by-fingerprint', 'fingerprint', { unique: true });
    notes.createIndex('by-site', 'site');
    notes.createIndex('by-tag', 'tags', { multiEntry: true });
    notes.createIndex('by-claim', 'claimId');
  },
];

export function openClaimLensDb(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<ClaimLensDB>> {
  return openDB<ClaimLensDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) MIGRATIONS[v]?.(db, tx);
      void tx.objectStore('meta').put({ key: 'schemaVersion', value: String(newVersion ?? version), at: Date.now() });
    },
    // A newer build (after an update) wants to upgrade: let go so it is not blocked by this old page.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
    },
  });
}

let shared: Promise<IDBPDatabase<ClaimLensDB>> | null = null;

/** One connection per context, reopened if the browser closed it (upgrade elsewhere, storage cleared). */
export function sharedDb(): Promise<IDBPDatabase<ClaimLensDB>> {
  if (!shared) {
    shared = openClaimLensDb().then(
      (db) => {
        const drop = () => {
          if (shared) shared = null;
        };
        (db as unknown as IDBDatabase).addEventListener('close', drop);
        (db as unknown as IDBDatabase).addEventListener('versionchange', drop);
        return db;
      },
      (err) => {
        shared = null;
        throw err;
      },
    );
  }
  return shared;
}
