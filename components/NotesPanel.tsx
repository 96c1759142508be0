import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getTargetTab, type TargetTab } from '@/lib/active-tab';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';
import type { Note } from '@/lib/notes/model';
import { NOTES_CHANNEL, type NotesChannelMessage } from '@/lib/notes/protocol';
import { NoteStore } from '@/lib/notes/store';
import { exportJson, exportMarkdown } from '@/lib/notes/transfer';
import { NotesModel, type NoteFilters, type Row } from '@/lib/notes/view';
import { NoteItem } from './NoteItem';
import { NotesList } from './NotesList';
import { TabSummary } from './TabSummary';

/** Enough rows to fill the list at once; the rest load after the first paint. */
const FIRST_PAINT_NOTES = 40;
const UNDO_MS = 5000;
const DAY = 24 * 60 * 60 * 1000;
const SINCE: Record<string, number> = { day: DAY, week: 7 * DAY, month: 30 * DAY, year: 365 * DAY };

type Phase = 'loading' | 'partial' | 'full';
type Toast = { kind: 'undo'; note: Note; until: number } | { kind: 'report'; ok: boolean; text: string };

export const FIRST_RENDER_MARK = 'claimlens:popup-first-render';

const afterPaint = () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Firefox closes a popup when a file picker opens; there, import runs in a tab. */
function isToolbarPopup(): boolean {
  try {
    return (browser.extension.getViews?.({ type: 'popup' }) ?? []).includes(window);
  } catch {
    return false;
  }
}

export function NotesPanel() {
  // The popup is an extension page: it reads IndexedDB directly (fast, no copy through messages).
  // Every write goes through the background, the single writer, which also tells open tabs.
  const store = useMemo(() => new NoteStore(), []);
  const [model, setModel] = useState(() => new NotesModel());
  const [version, setVersion] = useState(0);
  const [phase, setPhase] = useState<Phase>('loading');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<NoteFilters & { sinceKey?: string }>({});
  const [editing, setEditing] = useState<{ id: string; error: string | null } | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [tab, setTab] = useState<TargetTab | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const modelRef = useRef(model);
  modelRef.current = model;
  const bump = () => setVersion((n) => n + 1);

  const loadAll = useCallback(async () => {
    const all = await store.all();
    const next = new NotesModel();
    // In slices, so a keystroke during the build is still answered.
    for (let i = 0; i < all.length; i += 1000) {
      for (const n of all.slice(i, i + 1000)) next.upsert(n);
      if (i + 1000 < all.length) await new Promise((ok) => setTimeout(ok, 0));
    }
    setModel(next);
    setPhase('full');
    bump();
  }, [store]);

  useEffect(() => {
    void getTargetTab().then(setTab, () => setTab(null));
    void (async () => {
      // One more than we show tells whether there is more, without count(): that walks the whole store.
      const newest = await store.newest(FIRST_PAINT_NOTES + 1);
      performance.mark('claimlens:popup-data');
      const more = newest.length > FIRST_PAINT_NOTES;
      setModel(new NotesModel(newest.slice(0, FIRST_PAINT_NOTES)));
      setPhase(more ? 'partial' : 'full');
      bump();
      await afterPaint();
      performance.mark(FIRST_RENDER_MARK);
      if (more) await loadAll();
    })();
  }, [store, loadAll]);

  // Live: a note saved in a tab, or changed in another popup, shows up here.
  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const channel = new BroadcastChannel(NOTES_CHANNEL);
    channel.onmessage = async (e: MessageEvent<NotesChannelMessage>) => {
      const message = e.data;
      if (!message || message.type !== 'changed' || !Array.isArray(message.ids)) return;
      if (message.all) return void loadAll();
      for (const id of message.ids.slice(0, 1000)) {
        if (typeof id !== 'string') continue;
        const note = await store.get(id);
        if (note) modelRef.current.upsert(note);
        else modelRef.current.remove(id);
      }
      bump();
    };
    return () => channel.close();
  }, [store, loadAll]);

  // "/" jumps to search from anywhere in the popup.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inField =
        e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement;
      if (e.key === '/' && !inField) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (toast?.kind !== 'undo') return;
    const timer = setTimeout(() => setToast((current) => (current === toast ? null : current)), toast.until - Date.now());
    return () => clearTimeout(timer);
  }, [toast]);

  const rows = useMemo(() => model.rows(query, filters), [model, version, query, filters]);
  const facets = useMemo(() => model.facets(), [model, version]);

  const open = async (id: string) => {
    await sendMessage('noteOpen', { id });
    if (isToolbarPopup()) window.close();
  };

  const remove = async (id: string) => {
    const { note } = await sendMessage('noteDelete', { id });
    model.remove(id);
    bump();
    if (note) setToast({ kind: 'undo', note, until: Date.now() + UNDO_MS });
  };

  const undo = async (note: Note) => {
    setToast(null);
    const result = await sendMessage('noteRestore', { note });
    if (result.status === 'error') return setToast({ kind: 'report', ok: false, text: result.message });
    model.upsert(note);
    setActiveId(note.id);
    bump();
  };

  const save = async (id: string, text: string, tags: string[]) => {
    const result = await sendMessage('noteUpdate', { id, text, tags });
    if (!result.ok) return setEditing({ id, error: result.message });
    model.upsert(result.note);
    setEditing(null);
    bump();
  };

  const onKeyCommand = (command: 'open' | 'edit' | 'delete', id: string) => {
    if (command === 'open') void open(id);
    else if (command === 'edit') setEditing({ id, error: null });
    else void remove(id);
  };

  const doImport = async (file: File) => {
    const fileText = await file.text();
    const report = await sendMessage('notesImport', { fileText }).catch((e: Error) => ({ ok: false, message: e.message }));
    setToast({ kind: 'report', ok: report.ok, text: report.message });
    if (report.ok) await loadAll();
  };

  const exportAs = (kind: 'json' | 'md') => {
    const notes = model.all();
    const day = new Date().toISOString().slice(0, 10);
    if (kind === 'json')
      download(`claimlens-notes-${day}.json`, 'application/ld+json', exportJson(notes, browser.runtime.getManifest().version));
    else download(`claimlens-notes-${day}.md`, 'text/markdown', exportMarkdown(notes));
  };

  const noteOnSelection = async () => {
    if (!tab) return;
    const result = await sendMessage('noteStartInTab', { tabId: tab.id }).catch(() => ({
      started: false,
      reason: t('noteStartUnavailable'),
    }));
    if (result.started) {
      if (isToolbarPopup()) window.close();
    } else setToast({ kind: 'report', ok: false, text: result.reason ?? t('noteStartFailed') });
  };

  const setFilter = (key: 'site' | 'tag' | 'claimant', value: string) => setFilters((f) => ({ ...f, [key]: value || undefined }));

  const renderRow = (row: Row, active: boolean) => {
    if (row.kind === 'page') {
      return (
        <div class="notes-page" dir="auto" title={row.url} data-testid="notes-page">
          {row.title} <span class="muted">({row.count})</span>
        </div>
      );
    }
    const isEditing = editing?.id === row.note.id;
    return (
      <NoteItem
        note={row.note}
        active={active}
        editing={isEditing}
        error={isEditing ? editing.error : null}
        onActivate={() => setActiveId(row.note.id)}
        onOpen={() => void open(row.note.id)}
        onEdit={() => setEditing({ id: row.note.id, error: null })}
        onDelete={() => void remove(row.note.id)}
        onSave={(text, tags) => void save(row.note.id, text, tags)}
        onCancel={() => setEditing(null)}
      />
    );
  };

  const total = model.size;
  const filtered = query.trim() || filters.site || filters.tag || filters.claimant || filters.since !== undefined;

  return (
    <section class="notes-panel" data-testid="notes-panel" data-phase={phase} data-total={phase === 'loading' ? undefined : total}>
      <TabSummary tab={tab} store={store} changes={version} onNoteOnSelection={() => void noteOnSelection()} />
      <label class="visually-hidden" for="notes-search">
        {t('searchNotesLabel')}
      </label>
      <input
        id="notes-search"
        ref={searchRef}
        class="notes-search"
        type="search"
        dir="auto"
        placeholder={phase === 'partial' ? t('searchNotesLoading') : t('searchNotesPlaceholder')}
        data-testid="notes-search"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && query) {
            e.preventDefault();
            setQuery('');
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            (document.querySelector('[data-testid="notes-list"]') as HTMLElement | null)?.focus();
          }
        }}
      />
      {total > 0 && (
        <div class="notes-filters">
          <select
            aria-label={t('filterSite')}
            data-testid="filter-site"
            value={filters.site ?? ''}
            onChange={(e) => setFilter('site', e.currentTarget.value)}
          >
            <option value="">{t('filterAllSites')}</option>
            {facets.sites.map((s) => (
              <option value={s}>{s}</option>
            ))}
          </select>
          {facets.tags.length > 0 && (
            <select
              aria-label={t('filterTag')}
              data-testid="filter-tag"
              value={filters.tag ?? ''}
              onChange={(e) => setFilter('tag', e.currentTarget.value)}
            >
              <option value="">{t('filterAllTags')}</option>
              {facets.tags.map((tag) => (
                <option value={tag}>#{tag}</option>
              ))}
            </select>
          )}
          {facets.claimants.length > 0 && (
            <select
              aria-label={t('filterClaimant')}
              data-testid="filter-claimant"
              value={filters.claimant ?? ''}
              onChange={(e) => setFilter('claimant', e.currentTarget.value)}
            >
              <option value="">{t('filterAllClaimants')}</option>
              {facets.claimants.map((c) => (
                <option value={c}>{c}</option>
              ))}
            </select>
          )}
          <select
            aria-label={t('filterDate')}
            data-testid="filter-date"
            value={filters.sinceKey ?? ''}
            onChange={(e) => {
              const key = e.currentTarget.value;
              setFilters((f) => ({ ...f, sinceKey: key || undefined, since: key ? Date.now() - SINCE[key]! : undefined }));
            }}
          >
            <option value="">{t('filterAnyTime')}</option>
            <option value="day">{t('filterSinceDay')}</option>
            <option value="week">{t('filterSinceWeek')}</option>
            <option value="month">{t('filterSinceMonth')}</option>
            <option value="year">{t('filterSinceYear')}</option>
          </select>
        </div>
      )}
      {phase === 'loading' ? (
        <p class="notes-empty">{t('notesLoading')}</p>
      ) : total === 0 ? (
        <p class="notes-empty" data-testid="notes-empty">
          {t('notesEmpty')}
        </p>
      ) : rows.length === 0 && filtered ? (
        <p class="notes-empty" data-testid="notes-no-match" data-query={query}>
          {query.trim() ? t('notesNoMatchQuery', query.trim()) : t('notesNoMatchFilters')}{' '}
          <button
            type="button"
            class="btn"
            onClick={() => {
              setQuery('');
              setFilters({});
            }}
          >
            {t('notesClearFilters')}
          </button>
        </p>
      ) : (
        <NotesList
          rows={rows}
          query={query}
          editingId={editing?.id ?? null}
          activeId={activeId}
          onActiveChange={setActiveId}
          onKeyCommand={onKeyCommand}
          renderRow={renderRow}
        />
      )}
      {toast?.kind === 'undo' && (
        <div class="notes-toast" role="status" data-testid="undo-toast">
          <span>{t('noteDeleted')}</span>
          <button type="button" class="btn" data-testid="undo" onClick={() => void undo(toast.note)}>
            {t('undo')}
          </button>
        </div>
      )}
      {toast?.kind === 'report' && (
        <p class={`notes-report${toast.ok ? '' : ' error'}`} role="status" data-testid="import-report" data-ok={String(toast.ok)}>
          {toast.text}
        </p>
      )}
      <div class="notes-tools">
        <button
          type="button"
          class="btn"
          data-testid="export-json"
          disabled={phase !== 'full' || total === 0}
          onClick={() => exportAs('json')}
        >
          {t('exportJson')}
        </button>
        <button type="button" class="btn" data-testid="export-md" disabled={phase !== 'full' || total === 0} onClick={() => exportAs('md')}>
          {t('exportMarkdown')}
        </button>
        <button
          type="button"
          class="btn"
          data-testid="import"
          onClick={() => {
            if (isToolbarPopup() && navigator.userAgent.includes('Firefox'))
              void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
            else fileRef.current?.click();
          }}
        >
          {t('importNotes')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json,application/ld+json"
          hidden
          data-testid="import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void doImport(file);
          }}
        />
      </div>
      <p class="notes-hint">{t('notesKeyHint')}</p>
    </section>
  );
}
