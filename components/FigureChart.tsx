import { thingCounted, type CardColumn } from '@/lib/content/card-model';
import { t } from '@/lib/i18n';

/**
 * Bars for the claims that share the most common unit and subject, one per claim, in column order.
 * "At least" figures are drawn open-ended (a fading tail), not as invented precision.
 */
export function FigureChart({ columns }: { columns: CardColumn[] }) {
  const bars = columns.flatMap((col) => col.claims.filter((c) => c.bar && !c.superseded).map((c) => ({ side: col.side, claim: c })));
  if (bars.length < 2) return null;
  // One bar chart compares one thing: the same unit AND the same subject (soldiers killed are not civilians killed).
  const keyOf = (bar: NonNullable<CardColumn['claims'][number]['bar']>) => `${bar.unit}|${bar.subject ?? ''}`;
  const counts = new Map<string, number>();
  for (const b of bars) counts.set(keyOf(b.claim.bar!), (counts.get(keyOf(b.claim.bar!)) ?? 0) + 1);
  const key = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const shown = bars.filter((b) => keyOf(b.claim.bar!) === key);
  const unit = shown[0]!.claim.bar!.unit;
  if (shown.length < 2) return null;
  const max = Math.max(...shown.map((b) => b.claim.bar!.high)) * 1.15 || 1;
  const rowHeight = 20;
  const labelWidth = 150;
  const width = 420;
  const plot = width - labelWidth - 40;
  const height = shown.length * rowHeight + 4;
  // "Claimed figures: Pakistani soldiers killed": the one thing every bar counts.
  const what = thingCounted(unit, shown[0]!.claim.bar!.subject ?? '');
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('chartLabel', what)} width="100%" dir="ltr">
        {shown.map((b, i) => {
          const bar = b.claim.bar!;
          const y = i * rowHeight + 2;
          const lowW = (bar.low / max) * plot;
          const highW = (bar.high / max) * plot;
          return (
            <g key={b.claim.id} class={`bar side-${b.side}`}>
              <text x={labelWidth - 6} y={y + 13} text-anchor="end" class="bar-label">
                {b.claim.claimant.length > 22 ? `${b.claim.claimant.slice(0, 21)}…` : b.claim.claimant}
              </text>
              <rect x={labelWidth} y={y} width={Math.max(lowW, 1)} height={rowHeight - 6} class="bar-solid" />
              {highW > lowW && <rect x={labelWidth + lowW} y={y} width={highW - lowW} height={rowHeight - 6} class="bar-range" />}
              {bar.open && <rect x={labelWidth + lowW} y={y} width={Math.min(28, plot - lowW)} height={rowHeight - 6} class="bar-open" />}
              <text x={labelWidth + Math.max(highW, lowW) + (bar.open ? 32 : 4)} y={y + 13} class="bar-value">
                {b.claim.amount}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{t('chartCaption')}</figcaption>
    </figure>
  );
}
