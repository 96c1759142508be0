import { afterEach, describe, expect, it, vi } from 'vitest';
import { openClaimLensDb } from '../../../lib/notes/db';
import { makeNote } from '../../../lib/notes/model';
import { DuplicateNoteError, NoteStore, NotesQuotaError } from '../../../lib/notes/store';
import { importNotesFile } from '../../../lib/notes/import';
import { exportJson } from '../../../lib/notes/transfer';

let seq = 0;
function freshStore() {
  const name = `claimlens-store-test-${Date.now()}-${seq++}`;
  return { name, store: new NoteStore(() => openClaimLensDb(name)) };
}

const quote = (exact: string) => ({ type: 'TextQuoteSelector' as const, exact, prefix: 'p ', suffix: ' s' });

afterEach(() => vi.restoreAllMocks());

describe('note store', () => {
  it('saves a note with a canonical address and never writes the same target and text twice', async () => {
    const { store } = freshStore();
    const first = await store.create({
      url: 'https://news.example/a?utm_source=x#top',
      title: 'A',
      text: 'check this',
      tags: ['#Figures', 'figures', ' '],
      quote: quote('23 killed'),
    });
    expect(first.status).toBe('saved');
    expect(first.note.url).toBe('https://news.example/a');
    expect(first.note.tags).toEqual(['Figures']);
    const again = await store.create({
      url: 'https://news.example/a?fbclid=1',
      title: 'A',
      text: 'check this ',
      tags: [],
      quote: quote('23 killed'),
    });
    expect(again).toMatchObject({ status: 'duplicate', note: { id: first.note.id } });
    const other = await store.create({
      url: 'https://news.example/a',
      title: 'A',
      text: 'another thought',
      tags: [],
      quote: quote('23 killed'),
    });
    expect(other.status).toBe('saved');
    expect(await store.count()).toBe(2);
    expect((await store.forUrl('https://news.example/a')).length).toBe(2);
  });

  it('edits keep id, page and creation time; an edit that would make two identical notes is refused', async () => {
    const { store } = freshStore();
    const a = (await store.create({ url: 'https://n.example/p', title: 'P', text: 'one', tags: [], quote: quote('q') }, 1000)).note;
    const b = (await store.create({ url: 'https://n.example/p', title: 'P', text: 'two', tags: [], quote: quote('q') }, 2000)).note;
    const edited = await store.update(a.id, { text: 'one, edited', tags: ['t'] }, 5000);
    expect(edited).toMatchObject({ id: a.id, url: a.url, created: 1000, updated: 5000, text: 'one, edited', tags: ['t'] });
    await expect(store.update(a.id, { text: 'two' })).rejects.toBeInstanceOf(DuplicateNoteError);
    expect((await store.get(a.id))?.text).toBe('one, edited');
    expect((await store.get(b.id))?.text).toBe('two');
  });

  it('delete then undo restores the identical record', async () => {
    const { store } = freshStore();
    const n = (await store.create({ url: 'https://n.example/p', title: 'P', text: 'x', tags: ['a'], quote: quote('q') })).note;
    const removed = await store.remove(n.id);
    expect(await store.count()).toBe(0);
    await store.insert(removed!);
    expect(await store.get(n.id)).toEqual(n);
  });

  it('only flags the page’s own notes as orphans', async () => {
    const { store } = freshStore();
    const mine = (await store.create({ url: 'https://n.example/mine', title: '', text: 'a', tags: [], quote: quote('q') })).note;
    const theirs = (await store.create({ url: 'https://n.example/theirs', title: '', text: 'b', tags: [], quote: quote('q') })).note;
    const changed = await store.markPlacement('https://n.example/mine', [], [mine.id, theirs.id]);
    expect(changed).toEqual([mine.id]);
    expect((await store.get(mine.id))?.orphan).toBe(true);
    expect((await store.get(theirs.id))?.orphan).toBe(false);
  });

  it('reads the newest notes first without reading the rest', async () => {
    const { store } = freshStore();
    for (let i = 0; i < 30; i++)
      await store.create({ url: 'https://n.example/p', title: '', text: `n${i}`, tags: [], quote: quote('q') }, 1000 + i);
    expect((await store.newest(3)).map((n) => n.text)).toEqual(['n29', 'n28', 'n27']);
    expect((await store.newest(1)).map((n) => n.text)).toEqual(['n29']);
    expect(await store.newest(100)).toHaveLength(30);
    expect((await store.newest(30)).at(-1)?.text).toBe('n0');
  });

  it('loses nothing when two tabs and the popup write at once (separate connections)', async () => {
    const { name } = freshStore();
    const writers = [0, 1, 2].map(() => new NoteStore(() => openClaimLensDb(name)));
    const jobs = writers.flatMap((w, k) =>
      Array.from({ length: 60 }, (_, i) =>
        w.create({ url: `https://n.example/tab${k}`, title: '', text: `note ${k}-${i}`, tags: [], quote: quote('q') }),
      ),
    );
    // The same note saved from two places at the same moment: one copy only.
    jobs.push(writers[0]!.create({ url: 'https://n.example/same', title: '', text: 'same', tags: [], quote: quote('q') }));
    jobs.push(writers[1]!.create({ url: 'https://n.example/same', title: '', text: 'same', tags: [], quote: quote('q') }));
    const results = await Promise.all(jobs);
    expect(results.filter((r) => r.status === 'saved')).toHaveLength(181);
    expect(await writers[2]!.count()).toBe(181);
  });

  it('a full disk gives one clear message and writes nothing partial', async () => {
    const { store } = freshStore();
    await store.create({ url: 'https://n.example/keep', title: '', text: 'existing', tags: [], quote: quote('q') });
    const notes = Array.from({ length: 20 }, (_, i) =>
      makeNote({ url: 'https://n.example/p', title: '', text: `n${i}`, tags: [], quote: quote('q') }),
    );
    const file = exportJson(notes, 'test');
    // A store that fills up after 7 records: the browser throws QuotaExceededError from add().
    const realAdd = IDBObjectStore.prototype.add;
    let adds = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (++adds > 7) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realAdd.apply(this, args);
    });
    const report = await importNotesFile(store, file);
    expect(report.ok).toBe(false);
    expect(report.message).toMatch(/no more room.*nothing was saved/i);
    await expect(
      store.create({ url: 'https://n.example/q', title: '', text: 'one more', tags: [], quote: quote('q') }),
    ).rejects.toBeInstanceOf(NotesQuotaError);
    vi.restoreAllMocks();
    const left = await store.all();
    expect(left.map((n) => n.text)).toEqual(['existing']);
  });

  it('a transaction the browser aborts mid-import (as it does when the disk fills at commit) leaves nothing behind', async () => {
    const { store } = freshStore();
    const notes = Array.from({ length: 5 }, (_, i) =>
      makeNote({ url: 'https://n.example/p', title: '', text: `n${i}`, tags: [], quote: quote('q') }),
    );
    const realAdd = IDBObjectStore.prototype.add;
    let adds = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      const req = realAdd.apply(this, args);
      // The browser aborts the transaction with QuotaExceededError once the data no longer fits.
      if (++adds === 4) this.transaction.abort();
      return req;
    });
    const err = await store.importNotes(notes.map((note, i) => ({ record: i + 1, note }))).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    vi.restoreAllMocks();
    expect(await store.count()).toBe(0);
  });
});
