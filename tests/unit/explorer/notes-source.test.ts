import { describe, expect, it } from 'vitest';
import { openClaimLensDb } from '../../../lib/notes/db';
import { NoteStore } from '../../../lib/notes/store';
import { loadNotesForClaims } from '../../../lib/explorer/notes-source';

describe('notes beside claims', () => {
  it('reads only notes on claims, grouped by claim, newest first, with the page to go back to', async () => {
    const name = `claimlens-explorer-notes-${Date.now()}`;
    const open = () => openClaimLensDb(name);
    const store = new NoteStore(open);
    const quote = { type: 'TextQuoteSelector' as const, exact: '58 soldiers', prefix: '', suffix: '' };
    await store.create({ url: 'https://news.example/a', title: 'Story A', text: 'first', tags: [], quote, claimId: 'c-58' }, 1000);
    await store.create({ url: 'https://news.example/b', title: 'Story B', text: 'second', tags: [], claimId: 'c-58' }, 2000);
    await store.create({ url: 'https://news.example/c', title: 'Story C', text: 'other claim', tags: [], claimId: 'c-23' }, 1500);
    await store.create({ url: 'https://news.example/d', title: 'Story D', text: 'no claim', tags: [] }, 3000);
    const byClaim = await loadNotesForClaims(open);
    expect([...byClaim.keys()].sort()).toEqual(['c-23', 'c-58']);
    expect(byClaim.get('c-58')!.map((n) => [n.text, n.title, n.url, n.quote])).toEqual([
      ['second', 'Story B', 'https://news.example/b', undefined],
      ['first', 'Story A', 'https://news.example/a', '58 soldiers'],
    ]);
  });
});
