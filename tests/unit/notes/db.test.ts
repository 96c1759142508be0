import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openClaimLensDb } from '../../../lib/notes/db';
import { NoteStore } from '../../../lib/notes/store';

let seq = 0;
const freshName = () => `claimlens-db-test-${Date.now()}-${seq++}`;

describe('database migrations', () => {
  it('upgrades a database written by version 1 in place, keeping its rows', async () => {
    const name = freshName();
    // Exactly what release 1 shipped: a `meta` store and nothing else.
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('meta', { keyPath: 'key' });
      },
    });
    await v1.put('meta', { key: 'installedVersion', value: '0.0.9', at: 1 });
    await v1.put('meta', { key: 'selftest', value: 'kept', at: 2 });
    v1.close();

    const db = await openClaimLensDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'notes']);
    expect((await db.get('meta', 'installedVersion'))?.value).toBe('0.0.9');
    expect((await db.get('meta', 'selftest'))?.value).toBe('kept');
    expect((await db.get('meta', 'schemaVersion'))?.value).toBe(String(DB_VERSION));
    const notes = db.transaction('notes').store;
    expect([...notes.indexNames].sort()).toEqual(['by-claim', 'by-fingerprint', 'by-site', 'by-tag', 'by-updated', 'by-url']);
    expect(notes.index('by-fingerprint').unique).toBe(true);
    expect(notes.index('by-tag').multiEntry).toBe(true);
    db.close();

    // And the upgraded database works as a notes store.
    const store = new NoteStore(() => openClaimLensDb(name));
    await store.create({ url: 'https://news.example/a', title: 'A', text: 'after the upgrade', tags: ['x'] });
    expect(await store.count()).toBe(1);
  });

  it('creates every store on a fresh profile', async () => {
    const db = await openClaimLensDb(freshName());
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'notes']);
    db.close();
  });

  it('a connection from an older page lets go when a newer version opens the database', async () => {
    const name = freshName();
    const old = await openClaimLensDb(name, 1);
    const upgraded = await openClaimLensDb(name, 2);
    expect(upgraded.version).toBe(2);
    upgraded.close();
    old.close();
  });
});
