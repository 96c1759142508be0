/**
 * Search as you type over note text, quote, page title and tags, with 10,000 notes in memory.
 * An inverted index (folded word → notes) built once when the popup loads and updated note by
 * note afterwards: a keystroke looks words up by prefix in a sorted vocabulary and intersects
 * posting lists; it never reads the notes' text again.
 */
import { normalizeText } from '../text/normalize';
import type { Note } from './model';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Lower case, Latin diacritics and Arabic harakat removed, letter variants folded (lib/text). */
export function searchTokens(s: string): string[] {
  if (!s) return [];
  return normalizeText(s).match(WORD) ?? [];
}

function noteWords(note: Note): Set<string> {
  return new Set(searchTokens([note.text, note.quote?.exact ?? '', note.title, note.tags.join(' ')].join(' ')));
}

export class NoteSearchIndex {
  private docs: (string | null)[] = [];
  private docOf = new Map<string, number>();
  private postings = new Map<string, number[]>();
  private vocab: string[] | null = null;
  private stale = 0;
  private cache = new Map<string, Set<number>>();

  constructor(notes: Iterable<Note> = []) {
    for (const n of notes) this.add(n);
  }

  get size(): number {
    return this.docOf.size;
  }

  add(note: Note): void {
    if (this.docOf.has(note.id)) this.remove(note.id);
    const doc = this.docs.length;
    this.docs.push(note.id);
    this.docOf.set(note.id, doc);
    for (const word of noteWords(note)) {
      let list = this.postings.get(word);
      if (!list) {
        this.postings.set(word, (list = []));
        this.vocab = null;
      }
      list.push(doc);
    }
    this.cache.clear();
  }

  remove(id: string): void {
    const doc = this.docOf.get(id);
    if (doc === undefined) return;
    this.docs[doc] = null;
    this.docOf.delete(id);
    this.cache.clear();
    if (++this.stale > 1000 && this.stale > this.docOf.size) this.compact();
  }

  /** Ids of notes with every query word as a word prefix, or null for an empty query (= everything). */
  search(query: string): Set<string> | null {
    const words = [...new Set(searchTokens(query))];
    if (!words.length) return null;
    const sets = words.map((w) => this.prefixDocs(w)).sort((a, b) => a.size - b.size);
    const hits = new Set<string>();
    for (const doc of sets[0]!) {
      if (sets.every((s) => s.has(doc))) {
        const id = this.docs[doc];
        if (id) hits.add(id);
      }
    }
    return hits;
  }

  private prefixDocs(prefix: string): Set<number> {
    // The word being typed changes; the others repeat on every keystroke.
    const cached = this.cache.get(prefix);
    if (cached) return cached;
    const vocab = (this.vocab ??= [...this.postings.keys()].sort());
    let lo = 0;
    let hi = vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (vocab[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out = new Set<number>();
    for (let i = lo; i < vocab.length && vocab[i]!.startsWith(prefix); i++) {
      for (const doc of this.postings.get(vocab[i]!)!) if (this.docs[doc] !== null) out.add(doc);
    }
    if (this.cache.size > 64) this.cache.clear();
    this.cache.set(prefix, out);
    return out;
  }

  private compact(): void {
    const remap = new Map<number, number>();
    const docs: string[] = [];
    this.docs.forEach((id, old) => {
      if (id === null) return;
      remap.set(old, docs.length);
      docs.push(id);
    });
    for (const [word, list] of this.postings) {
      const next = list.flatMap((d) => (remap.has(d) ? [remap.get(d)!] : []));
      if (next.length) this.postings.set(word, next);
      else this.postings.delete(word);
    }
    this.docs = docs;
    this.docOf = new Map(docs.map((id, i) => [id, i]));
    this.vocab = null;
    this.cache.clear();
    this.stale = 0;
  }
}
