import type { ClaimantGroup, PlaceOption } from '@/lib/explorer/filters';
import { FIGURE_KINDS, KIND_LABELS, type FigureKind } from '@/lib/explorer/kinds';
import { isFiltered, type ExplorerState } from '@/lib/explorer/state';
import { t } from '@/lib/i18n';
import { formatNumber } from '@/lib/numbers';

export interface ExplorerFiltersProps {
  state: ExplorerState;
  claimants: ClaimantGroup[];
  places: PlaceOption[];
  bounds: { min: string; max: string };
  eventTitle?: string;
  onChange: (patch: Partial<ExplorerState>) => void;
  onClear: () => void;
}

/** Native controls only: each is reachable and operable from the keyboard and labelled for screen readers. */
export function ExplorerFilters({ state, claimants, places, bounds, eventTitle, onChange, onClear }: ExplorerFiltersProps) {
  const toggleKind = (kind: FigureKind, on: boolean) =>
    onChange({ kinds: on ? [...state.kinds, kind] : state.kinds.filter((k) => k !== kind) });
  return (
    <form class="filters" role="search" aria-label={t('explorerFiltersLabel')} onSubmit={(e) => e.preventDefault()}>
      <h2 class="filters-title">{t('explorerFilters')}</h2>
      {state.event && (
        <p class="only-event">
          {eventTitle ? t('explorerShowingOneEventTitled', eventTitle) : t('explorerShowingOneEvent')}{' '}
          <button type="button" class="linkish" onClick={() => onChange({ event: undefined })}>
            {t('explorerShowAllEvents')}
          </button>
        </p>
      )}
      <label class="field">
        <span>{t('filterClaimant')}</span>
        <select
          data-testid="filter-claimant"
          value={state.claimant ?? ''}
          onChange={(e) => onChange({ claimant: (e.currentTarget as HTMLSelectElement).value || undefined })}
        >
          <option value="">{t('filterAllClaimants')}</option>
          {claimants.map((group) => (
            <optgroup label={group.title} key={group.side}>
              {group.options.map((o) => (
                <option value={o.id} key={o.id}>
                  {'\u00a0\u00a0\u00a0'.repeat(o.depth)}
                  {t('optionWithCount', [o.name, formatNumber(o.count)])}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <small>{t('explorerClaimantHint')}</small>
      </label>
      <fieldset class="field kinds">
        <legend>{t('explorerKindLegend')}</legend>
        {FIGURE_KINDS.map((kind) => (
          <label class="check" key={kind}>
            <input
              type="checkbox"
              data-testid={`filter-kind-${kind}`}
              checked={state.kinds.includes(kind)}
              onChange={(e) => toggleKind(kind, (e.currentTarget as HTMLInputElement).checked)}
            />
            {KIND_LABELS[kind]}
          </label>
        ))}
        <small>{t('explorerKindHint')}</small>
      </fieldset>
      <label class="field">
        <span>{t('explorerPlace')}</span>
        <select
          data-testid="filter-place"
          value={state.place ?? ''}
          onChange={(e) => onChange({ place: (e.currentTarget as HTMLSelectElement).value || undefined })}
        >
          <option value="">{t('explorerAllPlaces')}</option>
          {places.map((p) => (
            <option value={p.id} key={p.id}>
              {t('optionWithCount', [p.name, formatNumber(p.events)])}
            </option>
          ))}
        </select>
      </label>
      <div class="field dates">
        <label>
          <span>{t('explorerFrom')}</span>
          <input
            type="date"
            data-testid="filter-from"
            min={bounds.min}
            max={bounds.max}
            value={state.from ?? ''}
            onChange={(e) => onChange({ from: (e.currentTarget as HTMLInputElement).value || undefined })}
          />
        </label>
        <label>
          <span>{t('explorerTo')}</span>
          <input
            type="date"
            data-testid="filter-to"
            min={bounds.min}
            max={bounds.max}
            value={state.to ?? ''}
            onChange={(e) => onChange({ to: (e.currentTarget as HTMLInputElement).value || undefined })}
          />
        </label>
      </div>
      <button type="button" class="clear" data-testid="filter-clear" disabled={!isFiltered(state)} onClick={onClear}>
        {t('explorerClearFilters')}
      </button>
    </form>
  );
}
