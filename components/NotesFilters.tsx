import { t } from '@/lib/i18n';
import { inert } from '@/lib/notes/inert-text';
import type { Facets, NoteFilters } from '@/lib/notes/view';

const DAY = 24 * 60 * 60 * 1000;
const SINCE: Record<string, number> = { day: DAY, week: 7 * DAY, month: 30 * DAY, year: 365 * DAY };

export type PanelFilters = NoteFilters & { sinceKey?: string };

/** Site, tag, claimant and date filters over the popup's list. Tags are the reader's (or an import's) text: inert. */
export function NotesFilters({ facets, filters, onChange }: { facets: Facets; filters: PanelFilters; onChange(next: PanelFilters): void }) {
  const set = (key: 'site' | 'tag' | 'claimant', value: string) => onChange({ ...filters, [key]: value || undefined });
  return (
    <div class="notes-filters">
      <select
        aria-label={t('filterSite')}
        data-testid="filter-site"
        value={filters.site ?? ''}
        onChange={(e) => set('site', e.currentTarget.value)}
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
          onChange={(e) => set('tag', e.currentTarget.value)}
        >
          <option value="">{t('filterAllTags')}</option>
          {facets.tags.map((tag) => (
            <option value={tag}>#{inert(tag)}</option>
          ))}
        </select>
      )}
      {facets.claimants.length > 0 && (
        <select
          aria-label={t('filterClaimant')}
          data-testid="filter-claimant"
          value={filters.claimant ?? ''}
          onChange={(e) => set('claimant', e.currentTarget.value)}
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
          onChange({ ...filters, sinceKey: key || undefined, since: key ? Date.now() - SINCE[key]! : undefined });
        }}
      >
        <option value="">{t('filterAnyTime')}</option>
        <option value="day">{t('filterSinceDay')}</option>
        <option value="week">{t('filterSinceWeek')}</option>
        <option value="month">{t('filterSinceMonth')}</option>
        <option value="year">{t('filterSinceYear')}</option>
      </select>
    </div>
  );
}
