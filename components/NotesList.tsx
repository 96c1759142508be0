import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Row } from '@/lib/notes/view';
import { t } from '@/lib/i18n';

export const PAGE_ROW_HEIGHT = 30;
export const NOTE_ROW_HEIGHT = 88;
export const EDIT_ROW_HEIGHT = 270;
const OVERSCAN_PX = 200;

export interface NotesListProps {
  rows: Row[];
  /** The search the rows answer; exposed on the element so tests and the bench can see the list caught up. */
  query: string;
  editingId: string | null;
  activeId: string | null;
  onActiveChange(id: string | null): void;
  onKeyCommand(command: 'open' | 'edit' | 'delete', id: string): void;
  renderRow(row: Row, active: boolean): ComponentChildren;
}

function heightOf(row: Row, editingId: string | null): number {
  if (row.kind === 'page') return PAGE_ROW_HEIGHT;
  return row.note.id === editingId ? EDIT_ROW_HEIGHT : NOTE_ROW_HEIGHT;
}

/**
 * A windowed list: only the rows in view (plus a margin) are in the DOM, so 10,000 notes cost what
 * 15 do. Row heights are fixed per kind (the row being edited is taller), which makes offsets a
 * prefix sum and the first visible row a binary search.
 */
export function NotesList({ rows, query, editingId, activeId, onActiveChange, onKeyCommand, renderRow }: NotesListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(340);

  const offsets = useMemo(() => {
    const out = new Float64Array(rows.length + 1);
    for (let i = 0; i < rows.length; i++) out[i + 1] = out[i]! + heightOf(rows[i]!, editingId);
    return out;
  }, [rows, editingId]);
  const noteIndexes = useMemo(() => rows.flatMap((r, i) => (r.kind === 'note' ? [i] : [])), [rows]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setViewport(el.clientHeight || 340);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => setViewport(el.clientHeight || 340)) : null;
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);

  // A new search starts at the top.
  useEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
    setScrollTop(0);
  }, [query]);

  const first = Math.max(0, upperBound(offsets, scrollTop - OVERSCAN_PX) - 1);
  let last = first;
  while (last < rows.length && offsets[last]! < scrollTop + viewport + OVERSCAN_PX) last++;

  const reveal = (index: number) => {
    const el = ref.current;
    if (!el) return;
    const top = offsets[index]!;
    const bottom = offsets[index + 1]!;
    // Keep the page header above the first note of a page visible too.
    const headerTop = index > 0 && rows[index - 1]?.kind === 'page' ? offsets[index - 1]! : top;
    if (headerTop < el.scrollTop) el.scrollTop = headerTop;
    else if (bottom > el.scrollTop + el.clientHeight) el.scrollTop = bottom - el.clientHeight;
    setScrollTop(el.scrollTop);
  };

  const activeIndex = activeId ? rows.findIndex((r) => r.kind === 'note' && r.note.id === activeId) : -1;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target !== ref.current || !noteIndexes.length) return;
    const pos = noteIndexes.indexOf(activeIndex);
    let next: number | null = null;
    if (e.key === 'ArrowDown') next = noteIndexes[Math.min(noteIndexes.length - 1, pos + 1)]!;
    else if (e.key === 'ArrowUp') next = noteIndexes[Math.max(0, pos - 1)]!;
    else if (e.key === 'Home') next = noteIndexes[0]!;
    else if (e.key === 'End') next = noteIndexes[noteIndexes.length - 1]!;
    else if (e.key === 'PageDown' || e.key === 'PageUp') {
      const step = Math.max(1, Math.floor(viewport / NOTE_ROW_HEIGHT));
      next = noteIndexes[Math.max(0, Math.min(noteIndexes.length - 1, pos + (e.key === 'PageDown' ? step : -step)))]!;
    }
    if (next !== null) {
      e.preventDefault();
      const row = rows[next];
      if (row?.kind === 'note') onActiveChange(row.note.id);
      reveal(next);
      return;
    }
    if (activeIndex < 0) return;
    const id = (rows[activeIndex] as Extract<Row, { kind: 'note' }>).note.id;
    if (e.key === 'Enter') onKeyCommand('open', id);
    else if (e.key === 'e' || e.key === 'F2') onKeyCommand('edit', id);
    else if (e.key === 'Delete' || e.key === 'Backspace') onKeyCommand('delete', id);
    else return;
    e.preventDefault();
  };

  const items = [];
  for (let i = first; i < last; i++) {
    const row = rows[i]!;
    const active = row.kind === 'note' && row.note.id === activeId;
    items.push(
      <div
        key={row.key}
        class="notes-row"
        role={row.kind === 'note' ? 'listitem' : 'presentation'}
        aria-current={row.kind === 'note' && active ? 'true' : undefined}
        id={row.kind === 'note' ? `note-${row.note.id}` : undefined}
        style={{ top: `${offsets[i]}px`, height: `${offsets[i + 1]! - offsets[i]!}px` }}
      >
        {renderRow(row, active)}
      </div>,
    );
  }

  return (
    <div
      ref={ref}
      class="notes-list"
      role="list"
      aria-label={t('notesListLabel')}
      tabIndex={0}
      data-testid="notes-list"
      data-query={query}
      data-rows={rows.length}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (activeIndex < 0 && noteIndexes.length) onActiveChange((rows[noteIndexes[0]!] as Extract<Row, { kind: 'note' }>).note.id);
      }}
    >
      <div style={{ height: `${offsets[rows.length]}px`, position: 'relative' }}>{items}</div>
    </div>
  );
}

/** First index i with offsets[i] > value. */
function upperBound(offsets: Float64Array, value: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
