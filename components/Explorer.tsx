import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Pack, Side } from '@/lib/pack/schema';
import { indexPack } from '@/lib/content/card-model';
import { buildTimeline, claimantOptions, dateBounds, placeOptions } from '@/lib/explorer/filters';
import { buildDivergence } from '@/lib/explorer/divergence';
import { DEFAULT_STATE, parseHash, serialiseHash, type ExplorerState, type View } from '@/lib/explorer/state';
import { formatDate, sideShort } from '@/lib/explorer/format';
import type { ClaimNote, ClaimNotesSource } from '@/lib/explorer/notes-source';
import { ExplorerFilters } from './ExplorerFilters';
import { ExplorerTimeline } from './ExplorerTimeline';
import { ExplorerDivergence } from './ExplorerDivergence';
import { t } from '@/lib/i18n';
import { coverageOf } from '@/lib/pack/as-of';
import { formatNumber } from '@/lib/numbers';

export interface ExplorerProps {
  pack: Pack;
  loadNotes?: ClaimNotesSource;
  /** Fires when notes change elsewhere (the popup, a page): the explorer reloads them. */
  onNotesChanged?: (reload: () => void) => () => void;
}

const NO_NOTES = new Map<string, ClaimNote[]>();

function readHash(): ExplorerState {
  return parseHash(typeof location === 'undefined' ? '' : location.hash);
}

/** The whole dataset on one page: a timeline of every event's claims, and the divergence between the sides. */
export function Explorer({ pack, loadNotes, onNotesChanged }: ExplorerProps) {
  const index = useMemo(() => indexPack(pack), [pack]);
  const [state, setState] = useState<ExplorerState>(readHash);
  const [notes, setNotes] = useState<Map<string, ClaimNote[]>>(NO_NOTES);
  const [notesState, setNotesState] = useState<'none' | 'loading' | 'ready' | 'error'>(loadNotes ? 'loading' : 'none');

  useEffect(() => {
    const onHash = () => setState(readHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (!loadNotes) return;
    let live = true;
    const reload = () =>
      loadNotes().then(
        (map) => live && (setNotes(map), setNotesState('ready')),
        () => live && setNotesState('error'),
      );
    void reload();
    const stop = onNotesChanged?.(() => void reload());
    return () => {
      live = false;
      stop?.();
    };
  }, [loadNotes, onNotesChanged]);

  const update = useCallback((next: ExplorerState) => {
    setState(next);
    // replaceState: a filter change is not a page of history, and the hash stays the shareable link.
    const hash = serialiseHash(next);
    history.replaceState(null, '', hash || location.pathname + location.search);
  }, []);
  const patch = (p: Partial<ExplorerState>) => update({ ...state, ...p });
  const setView = (view: View) => update({ ...state, view });

  const claimants = useMemo(() => claimantOptions(index), [index]);
  const places = useMemo(() => placeOptions(index), [index]);
  const bounds = useMemo(() => dateBounds(index), [index]);
  const timeline = useMemo(() => buildTimeline(index, state), [index, state]);
  const disagreements = useMemo(() => (state.view === 'divergence' ? buildDivergence(index, state) : []), [index, state]);
  const sideName = useCallback((side: Side) => sideShort(pack, side), [pack]);
  const focusedEvent = state.event ? index.events.get(state.event) : undefined;

  useEffect(() => {
    document.title = focusedEvent ? t('explorerTitleEvent', focusedEvent.title) : t('explorerTitle');
  }, [focusedEvent]);

  return (
    <div class="explorer" data-notes-state={notesState}>
      <header class="page-head">
        <h1>{t('explorerTitle')}</h1>
        <p class="pack-meta" data-testid="pack-meta">
          {t('explorerPackMeta', [pack.meta.title, pack.meta.version, formatDate(pack.meta.released)])}
        </p>
        <p class="data-through" data-testid="data-through">
          {t('dataThrough', formatDate(coverageOf(pack).end))}
        </p>
        <p class="disclaimer">{t('explorerDisclaimer')}</p>
        <label class="as-of">
          {t('explorerAsOf')}{' '}
          <input
            type="date"
            data-testid="as-of"
            value={state.asOf ?? ''}
            min={bounds.min}
            max={coverageOf(pack).end}
            onChange={(e) => patch({ asOf: (e.currentTarget as HTMLInputElement).value || undefined })}
          />
          {state.asOf && (
            <button type="button" class="linkish" onClick={() => patch({ asOf: undefined })}>
              {t('explorerAsOfClear')}
            </button>
          )}
        </label>
      </header>
      <div class="layout">
        <ExplorerFilters
          state={state}
          claimants={claimants}
          places={places}
          bounds={bounds}
          eventTitle={focusedEvent?.title}
          onChange={patch}
          onClear={() => update({ ...DEFAULT_STATE, kinds: [], view: state.view })}
        />
        <main class="content">
          <div class="view-switch" role="group" aria-label={t('explorerViewLabel')}>
            {(['timeline', 'divergence'] as const).map((view) => (
              <button
                type="button"
                key={view}
                data-testid={`view-${view}`}
                aria-pressed={state.view === view ? 'true' : 'false'}
                onClick={() => setView(view)}
              >
                {t(`explorerView_${view}`)}
              </button>
            ))}
          </div>
          <p class="result-count" role="status" data-testid="result-count">
            {state.view === 'timeline'
              ? t(
                  'explorerCountTimeline',
                  [timeline.shownEvents, timeline.totalEvents, timeline.shownClaims, timeline.totalClaims].map((n) => formatNumber(n)),
                )
              : disagreements.length === 1
                ? t('explorerCountDivergenceOne')
                : t('explorerCountDivergenceMany', formatNumber(disagreements.length))}
          </p>
          {notesState === 'error' && <p class="notes-error">{t('explorerNotesError')}</p>}
          {state.view === 'timeline' ? (
            <ExplorerTimeline
              model={timeline}
              index={index}
              notes={notes}
              sideName={sideName}
              single={Boolean(state.event)}
              onFocusEvent={(event) => update({ ...state, event })}
              onDivergence={(event) => update({ ...state, event, view: 'divergence' })}
            />
          ) : (
            <ExplorerDivergence
              disagreements={disagreements}
              index={index}
              sideName={sideName}
              onShowEvent={(event) => update({ ...state, event, view: 'timeline' })}
            />
          )}
        </main>
      </div>
      <footer class="page-foot">
        <p>{pack.meta.licence}</p>
      </footer>
    </div>
  );
}
