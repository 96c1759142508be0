/**
 * The popup's notes in memory: one ordered list (pages by newest note, notes newest first), the
 * search index and the filter facets, each rebuilt only when a note changes. A keystroke asks the
 * index for matching ids and keeps that order; nothing is sorted or re-read per keystroke.
 */
import type { Note } from './model';
import { NoteSearchIndex } from './search';
import { groupByPage } from './transfer';

export interface NoteFilters {
  site?: string;
  tag?: string;
  claimant?: string;
  /** Only notes changed at or after this time (ms). */
  since?: number;
}

export type Row = { kind: 'page'; key: string; url: string; title: string; count: number } | { kind: 'note'; key: string; note: Note };

export interface Facets {
  sites: string[];
  tags: string[];
  claimants: string[];
}

export class NotesModel {
  private byId = new Map<string, Note>();
  readonly index = new NoteSearchIndex();
  private ordered: Note[] | null = null;
  private facetCache: Facets | null = null;
  private position = new Map<string, number>();

  constructor(notes: Iterable<Note> = []) {
    for (const n of notes) this.upsert(n);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Note | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  upsert(note: Note): void {
    this.byId.set(note.id, note);
    this.index.add(note);
    this.ordered = null;
    this.facetCache = null;
  }

  remove(id: string): void {
    if (!this.byId.delete(id)) return;
    this.index.remove(id);
    this.ordered = null;
    this.facetCache = null;
  }

  all(): Note[] {
    if (!this.ordered) {
      this.ordered = groupByPage([...this.byId.values()]).flatMap((g) => g.notes);
      this.position = new Map(this.ordered.map((n, i) => [n.id, i]));
    }
    return this.ordered;
  }

  facets(): Facets {
    if (this.facetCache) return this.facetCache;
    const sites = new Set<string>();
    const tags = new Map<string, string>();
    const claimants = new Set<string>();
    for (const n of this.byId.values()) {
      if (n.site) sites.add(n.site);
      for (const t of n.tags) if (!tags.has(t.toLowerCase())) tags.set(t.toLowerCase(), t);
      if (n.claimant) claimants.add(n.claimant);
    }
    const sort = (xs: Iterable<string>) => [...xs].sort((a, b) => a.localeCompare(b));
    return (this.facetCache = { sites: sort(sites), tags: sort(tags.values()), claimants: sort(claimants) });
  }

  rows(query: string, filters: NoteFilters = {}): Row[] {
    const hits = this.index.search(query);
    const tag = filters.tag?.toLowerCase();
    const keep = (n: Note) =>
      (!hits || hits.has(n.id)) &&
      (!filters.site || n.site === filters.site) &&
      (!tag || n.tags.some((t) => t.toLowerCase() === tag)) &&
      (!filters.claimant || n.claimant === filters.claimant) &&
      (filters.since === undefined || n.updated >= filters.since);
    const rows: Row[] = [];
    let header: Extract<Row, { kind: 'page' }> | null = null;
    const ordered = this.all();
    // A narrow search walks only its hits, put back in list order.
    const candidates =
      hits && hits.size * 8 < ordered.length
        ? [...hits]
            .map((id) => this.position.get(id)!)
            .sort((a, b) => a - b)
            .map((i) => ordered[i]!)
        : ordered;
    for (const note of candidates) {
      if (!keep(note)) continue;
      if (!header || header.url !== note.url) {
        header = { kind: 'page', key: `page:${note.url}`, url: note.url, title: note.title || note.url, count: 0 };
        rows.push(header);
      }
      header.count++;
      rows.push({ kind: 'note', key: note.id, note });
    }
    return rows;
  }
}
