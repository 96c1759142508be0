import type { CardColumn } from '@/lib/content/card-model';
import { countedWhat } from '@/lib/content/card-model';
import { t } from '@/lib/i18n';

type Bar = NonNullable<CardColumn['claims'][number]['bar']>;
interface Row {
  side: CardColumn['side'];
  claimant: string;
  figure: string;
  id: string;
  bar: Bar;
}

/**
 * One small bar chart per thing counted (unit AND subject: soldiers killed are not civilians killed), each titled
 * with what it counts, bars labelled by claimant, in column order. Laid out in HTML rather than SVG so a long
 * value ("over 200 killed") wraps instead of being clipped, and the chart follows zoom and text size.
 * "At least" figures are drawn open-ended (a fading tail), not as invented precision.
 */
export function FigureChart({ columns }: { columns: CardColumn[] }) {
  const rows: Row[] = columns.flatMap((col) =>
    col.claims
      .filter((c) => c.bar && !c.superseded)
      .map((c) => ({ side: col.side, claimant: c.claimant, figure: c.figure, id: c.id, bar: c.bar! })),
  );
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.bar.unit}|${row.bar.subject ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  // A chart compares: only things counted by at least two claims get one.
  const shown = [...groups.values()].filter((g) => g.length >= 2);
  if (!shown.length) return null;
  return (
    <div class="charts">
      {shown.map((group) => {
        const { unit, subject } = group[0]!.bar;
        const what = subject ? countedWhat(unit, subject) : unit.replace(/-/g, ' ');
        const max = Math.max(...group.map((r) => r.bar.high)) * 1.15 || 1;
        const pct = (n: number) => `${Math.min(100, (n / max) * 100).toFixed(2)}%`;
        return (
          <figure class="chart" key={`${unit}|${subject}`} role="group" aria-label={t('chartLabel', what)}>
            <div class="chart-axis" aria-hidden="true">
              {what}
            </div>
            <ul class="bars">
              {group.map((r) => (
                <li key={r.id} class={`bar side-${r.side}`}>
                  <span class="bar-label">{r.claimant}</span>
                  <span class="bar-track" aria-hidden="true">
                    <span class="bar-solid" style={{ width: pct(Math.max(r.bar.low, max / 200)) }} />
                    {r.bar.high > r.bar.low && (
                      <span class="bar-range" style={{ left: pct(r.bar.low), width: pct(r.bar.high - r.bar.low) }} />
                    )}
                    {r.bar.open && <span class="bar-open" style={{ left: pct(r.bar.low) }} />}
                  </span>
                  <span class="bar-value">{r.figure}</span>
                </li>
              ))}
            </ul>
          </figure>
        );
      })}
      <p class="chart-caption">{t('chartCaption')}</p>
    </div>
  );
}
