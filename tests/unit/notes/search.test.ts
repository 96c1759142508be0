import { describe, expect, it } from 'vitest';
import { makeNote, type Note } from '../../../lib/notes/model';
import { NoteSearchIndex } from '../../../lib/notes/search';
import { NotesModel } from '../../../lib/notes/view';

const q = (exact: string) => ({ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' });
function note(over: Partial<Parameters<typeof makeNote>[0]> & { at: number }): Note {
  return makeNote({ url: 'https://a.example/1', title: 'Clashes at Torkham', text: '', tags: [], quote: q('x'), ...over }, over.at);
}

const notes = [
  note({ at: 1, text: 'Compare with the ISPR figure', tags: ['figures'], claimant: 'ispr' }),
  note({ at: 2, text: 'Résumé of the talks in Doha', url: 'https://www.b.example/2', title: 'Doha talks' }),
  note({
    at: 3,
    text: 'یہ دعویٰ مختلف ہے',
    quote: q('طالبان نے کہا'),
    url: 'https://b.example/3',
    title: 'اردو خبر',
    claimant: 'zabihullah-mujahid',
  }),
  note({ at: 4, text: 'Crossing closed again', tags: ['Trade'], url: 'https://a.example/1' }),
];

describe('search index', () => {
  const index = new NoteSearchIndex(notes);
  const ids = (query: string) => [...(index.search(query) ?? [])].sort();

  it('finds by word prefix in text, quote, title and tags, all words required', () => {
    expect(ids('isp')).toEqual([notes[0]!.id]);
    expect(ids('torkham')).toEqual([notes[0]!.id, notes[3]!.id].sort());
    expect(ids('trade')).toEqual([notes[3]!.id]);
    expect(ids('torkham crossing')).toEqual([notes[3]!.id]);
    expect(ids('doha zzz')).toEqual([]);
    expect(index.search('  ')).toBeNull();
  });

  it('folds case and diacritics, and searches Arabic script', () => {
    expect(ids('RESUME')).toEqual([notes[1]!.id]);
    expect(ids('طالبان')).toEqual([notes[2]!.id]);
    expect(ids('دعوی')).toEqual([notes[2]!.id]);
  });

  it('follows edits and deletes', () => {
    const idx = new NoteSearchIndex(notes);
    idx.add({ ...notes[0]!, text: 'now about Chaman' });
    expect([...idx.search('ispr')!]).toEqual([]);
    expect([...idx.search('chaman')!]).toEqual([notes[0]!.id]);
    idx.remove(notes[0]!.id);
    expect([...idx.search('chaman')!]).toEqual([]);
    for (let i = 0; i < 3000; i++) {
      const n = note({ at: 10 + i, text: `bulk ${i}` });
      idx.add(n);
      idx.remove(n.id);
    }
    expect(idx.size).toBe(3);
    expect([...idx.search('doha')!]).toEqual([notes[1]!.id]);
  });

  // How fast is the bench's question (npm run bench), not a test's: this checks the answers at that size.
  it('answers every keystroke of a query correctly at 10,000 notes', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      note({ at: i, text: `Note ${i} on casualty figure ${i % 97} from source ${i % 13}`, url: `https://s${i % 50}.example/p${i % 400}` }),
    );
    const idx = new NoteSearchIndex(many);
    for (const query of ['c', 'ca', 'cas', 'casu', 'casualty f']) expect(idx.search(query)!.size).toBe(10_000);
    // Every word is a prefix: "source 7" finds at least the notes from source 7, and never all of them.
    const found = idx.search('source 7')!;
    for (const n of many.filter((_, i) => i % 13 === 7)) expect(found.has(n.id)).toBe(true);
    expect(found.size).toBeLessThan(10_000);
  });
});

describe('popup model', () => {
  it('groups by page, newest page first, notes newest first', () => {
    const m = new NotesModel(notes);
    const rows = m.rows('');
    expect(rows.map((r) => (r.kind === 'page' ? `# ${r.title} (${r.count})` : r.note.text))).toEqual([
      '# Clashes at Torkham (2)',
      'Crossing closed again',
      'Compare with the ISPR figure',
      '# اردو خبر (1)',
      'یہ دعویٰ مختلف ہے',
      '# Doha talks (1)',
      'Résumé of the talks in Doha',
    ]);
  });

  it('filters by site, tag, claimant and date, together with search', () => {
    const m = new NotesModel(notes);
    const texts = (query: string, f: Parameters<NotesModel['rows']>[1]) =>
      m.rows(query, f).flatMap((r) => (r.kind === 'note' ? [r.note.text] : []));
    expect(m.facets()).toEqual({
      sites: ['a.example', 'b.example'],
      tags: ['figures', 'Trade'],
      claimants: ['ispr', 'zabihullah-mujahid'],
    });
    expect(texts('', { site: 'b.example' })).toEqual(['یہ دعویٰ مختلف ہے', 'Résumé of the talks in Doha']);
    expect(texts('', { tag: 'trade' })).toEqual(['Crossing closed again']);
    expect(texts('', { claimant: 'ispr' })).toEqual(['Compare with the ISPR figure']);
    expect(texts('', { since: 3 })).toEqual(['Crossing closed again', 'یہ دعویٰ مختلف ہے']);
    expect(texts('torkham', { tag: 'figures' })).toEqual(['Compare with the ISPR figure']);
  });

  it('reflects an added, edited and removed note', () => {
    const m = new NotesModel(notes);
    const added = note({ at: 9, text: 'Fresh note', url: 'https://c.example/new', title: 'New page' });
    m.upsert(added);
    expect(m.rows('')[0]).toMatchObject({ kind: 'page', title: 'New page' });
    m.upsert({ ...added, text: 'Edited note' });
    expect(m.rows('edited')).toHaveLength(2);
    m.remove(added.id);
    expect(m.rows('edited')).toHaveLength(0);
    expect(m.size).toBe(4);
  });
});
