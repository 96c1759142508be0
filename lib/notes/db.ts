/**
 * The extension's own IndexedDB. It is opened only in the background (extension origin),
 * so no web page can read it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DB_NAME = 'claimlens';
export const DB_VERSION = 1;

export interface ClaimLensDB extends DBSchema {
  meta: { key: string; value: { key: string; value: string; at: number } };
}

export function openClaimLensDb(name = DB_NAME): Promise<IDBPDatabase<ClaimLensDB>> {
  return openDB<ClaimLensDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('meta', { keyPath: 'key' });
    },
  });
}
