import type { Side } from '@/lib/pack/schema';
import { claimTable, type PackIndex } from '@/lib/content/card-model';
import { TableExport } from './ClaimCard';
import type { TimelineEvent } from '@/lib/explorer/filters';
import type { ClaimNote } from '@/lib/explorer/notes-source';
import { comparisonGroups, groupCaveat } from '@/lib/explorer/compare';
import { chartRows } from '@/lib/explorer/chart';
import { citeClaim } from '@/lib/explorer/citation';
import { formatDateRange } from '@/lib/explorer/format';
import { ExplorerClaim } from './ExplorerClaim';
import { ExplorerDisagreementChart } from './ExplorerDisagreementChart';
import { englishOnly, t } from '@/lib/i18n';
import { formatNumber } from '@/lib/numbers';

const NO_NOTES: ClaimNote[] = [];

export interface ExplorerEventProps {
  item: TimelineEvent;
  index: PackIndex;
  notes: Map<string, ClaimNote[]>;
  sideName: (side: Side) => string;
  /** Set when the page shows this event alone. */
  single: boolean;
  onFocusEvent: (eventId: string | undefined) => void;
  onDivergence: (eventId: string) => void;
}

export function ExplorerEvent({ item, index, notes, sideName, single, onFocusEvent, onDivergence }: ExplorerEventProps) {
  const { event } = item;
  const titleId = `event-${event.id}-title`;
  const visible = item.columns.flatMap((c) => c.claims.map((entry) => entry.claim));
  // One chart per kind of figure the sides disagree on, from the figures that stand (not the replaced ones).
  const charts = event.disagreement
    ? comparisonGroups(
        index,
        visible.filter((c) => !c.supersededBy),
      )
        .map((group) => ({ group, rows: chartRows(index, group.claims) }))
        .filter(({ rows }) => rows.length >= 2 && rows.some((r) => r.interval))
    : [];
  return (
    <article
      class={`event${event.disagreement ? ' disagreement' : ''}`}
      id={`event-${event.id}`}
      data-event-id={event.id}
      aria-labelledby={titleId}
    >
      <header class="event-head">
        <h3 id={titleId} {...englishOnly()}>
          {event.title}
        </h3>
        <p class="event-meta">
          <time dateTime={event.date}>{formatDateRange(event.date, event.endDate, event.approximate)}</time>
          {item.placeNames.length > 0 && <> · {item.placeNames.join(t('listComma'))}</>}
          {event.disagreement && <span class="flag"> · {t('explorerKeyDisagreement')}</span>}
        </p>
        <p class="summary" dir="auto" {...englishOnly()}>
          {event.summary}
        </p>
        <p class="event-actions">
          {single ? (
            <button type="button" class="linkish" onClick={() => onFocusEvent(undefined)}>
              {t('explorerShowAllEvents')}
            </button>
          ) : (
            <button type="button" class="linkish" onClick={() => onFocusEvent(event.id)}>
              {t('explorerOnlyThisEvent')}
            </button>
          )}
          {event.disagreement && (
            <button type="button" class="linkish" onClick={() => onDivergence(event.id)}>
              {t('explorerHowFarApart')}
            </button>
          )}
        </p>
        <TableExport table={claimTable(index, event.id)!} />
        {item.hiddenClaims > 0 && (
          <p class="hidden-count">
            {item.hiddenClaims === 1 ? t('explorerHiddenOne') : t('explorerHiddenMany', formatNumber(item.hiddenClaims))}
          </p>
        )}
      </header>
      <div class="columns">
        {item.columns.map((column) => (
          <section class={`column side-${column.side}`} key={column.side} aria-label={column.title} data-side={column.side}>
            <h4>{column.title}</h4>
            {column.claims.length ? (
              <ul class="claims">
                {column.claims.map((c) => (
                  <ExplorerClaim
                    key={c.claim.id}
                    item={c}
                    notes={notes.get(c.claim.id) ?? NO_NOTES}
                    cite={() => citeClaim(index, c.claim)}
                  />
                ))}
              </ul>
            ) : (
              <p class="none">{item.hiddenClaims ? t('explorerNoClaimFiltered') : t('explorerNoClaim')}</p>
            )}
          </section>
        ))}
      </div>
      {charts.map(({ group, rows }) => (
        <ExplorerDisagreementChart
          key={group.key}
          id={`chart-${event.id}-${group.key.replace(/[^a-z0-9-]/g, '-')}`}
          title={t('explorerChartEachSide', group.label)}
          rows={rows}
          sideName={sideName}
          caveat={groupCaveat(group)}
        />
      ))}
    </article>
  );
}
