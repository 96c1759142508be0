import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getTargetTab, type TargetTab } from '@/lib/active-tab';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';
import type { Note } from '@/lib/notes/model';
import { inert } from '@/lib/notes/inert-text';
import type { Row } from '@/lib/notes/view';
import { NoteItem } from './NoteItem';
import { NotesFilters, type PanelFilters } from './NotesFilters';
import { NotesList } from './NotesList';
import { NoteSurface } from './NoteSurface';
import { NotesTransfer, isToolbarPopup, type Report } from './NotesTransfer';
import { TabSummary } from './TabSummary';
import { useNotes } from './useNotes';

const UNDO_MS = 5000;

type Toast = { kind: 'undo'; note: Note; until: number } | ({ kind: 'report' } & Report);

/**
 * The popup's notes: the draft of the current tab (the popup is one of the surfaces where a note is typed),
 * the tab's summary, search, filters, the windowed list, export and import.
 */
export function NotesPanel() {
  const { store, model, version, phase, loadAll, remove, restore, update } = useNotes();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<PanelFilters>({});
  const [editing, setEditing] = useState<{ id: string; error: string | null } | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [tab, setTab] = useState<TargetTab | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void getTargetTab().then(setTab, () => setTab(null));
  }, []);

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

  const onDelete = async (id: string) => {
    const note = await remove(id);
    if (note) setToast({ kind: 'undo', note, until: Date.now() + UNDO_MS });
  };

  const undo = async (note: Note) => {
    setToast(null);
    const error = await restore(note);
    if (error) return setToast({ kind: 'report', ok: false, text: error });
    setActiveId(note.id);
  };

  const save = async (id: string, text: string, tags: string[]) => {
    const error = await update(id, text, tags);
    setEditing(error ? { id, error } : null);
  };

  const onKeyCommand = (command: 'open' | 'edit' | 'delete', id: string) => {
    if (command === 'open') void open(id);
    else if (command === 'edit') setEditing({ id, error: null });
    else void onDelete(id);
  };

  // The popup itself is the surface: the draft shows at the top of this popup, so nothing else is opened.
  const noteOnSelection = async () => {
    if (!tab) return;
    const result = await sendMessage('noteStartInTab', { tabId: tab.id, here: true }).catch(() => ({
      started: false,
      reason: t('noteStartUnavailable'),
    }));
    if (!result.started) setToast({ kind: 'report', ok: false, text: result.reason ?? t('noteStartFailed') });
  };

  const renderRow = (row: Row, active: boolean) => {
    if (row.kind === 'page') {
      return (
        <div class="notes-page" dir="auto" title={row.url} data-testid="notes-page">
          <bdi>{inert(row.title)}</bdi> <span class="muted">({row.count})</span>
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
        onDelete={() => void onDelete(row.note.id)}
        onSave={(text, tags) => void save(row.note.id, text, tags)}
        onCancel={() => setEditing(null)}
      />
    );
  };

  const total = model.size;
  const filtered = query.trim() || filters.site || filters.tag || filters.claimant || filters.since !== undefined;

  return (
    <section class="notes-panel" data-testid="notes-panel" data-phase={phase} data-total={phase === 'loading' ? undefined : total}>
      {tab && <NoteSurface kind="popup" tabId={tab.id} compact />}
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
      {total > 0 && <NotesFilters facets={facets} filters={filters} onChange={setFilters} />}
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
      <NotesTransfer
        notes={() => model.all()}
        ready={phase === 'full'}
        onImported={() => void loadAll()}
        onReport={(r) => setToast({ kind: 'report', ...r })}
      />
      <p class="notes-hint">{t('notesKeyHint')}</p>
    </section>
  );
}
