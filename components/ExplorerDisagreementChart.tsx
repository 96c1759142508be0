import type { Side } from '@/lib/pack/schema';
import type { ChartRow } from '@/lib/explorer/chart';
import { formatDate } from '@/lib/explorer/format';
import { t } from '@/lib/i18n';

const WIDTH = 480;
const LABEL_WIDTH = 160;
const VALUE_ROOM = 96;
const ROW = 24;
const OPEN_TAIL = 40;

/**
 * One bar per claim, and the same numbers in a table beside it. Bars show only what was said: a range
 * is a pale extension, "at least" a tail that fades out with no end, "up to" a pale bar from zero.
 */
export function ExplorerDisagreementChart(props: {
  id: string;
  title: string;
  rows: ChartRow[];
  sideName: (side: Side) => string;
  caveat?: string;
}) {
  const { id, title, rows, sideName } = props;
  const plot = WIDTH - LABEL_WIDTH - VALUE_ROOM;
  const ends = rows.flatMap((r) => (r.interval ? [r.interval.high === Infinity ? r.interval.low : r.interval.high] : []));
  const max = Math.max(1, ...ends);
  const scale = (n: number) => (n / max) * (plot - OPEN_TAIL);
  const height = rows.length * ROW + 6;
  const captionId = `${id}-caption`;
  const descId = `${id}-desc`;
  const description = rows
    .map((r) => t('chartRowDescription', [sideName(r.side), r.claimant, r.denial ? t('figureDenies') : r.amount]))
    .join(t('listSemicolon'));
  return (
    <figure class="dchart" aria-labelledby={captionId} data-testid="disagreement-chart">
      <figcaption id={captionId}>{title}</figcaption>
      {props.caveat && <p class="caveat">{props.caveat}</p>}
      <div class="dchart-body">
        <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${captionId} ${descId}`} class="dchart-svg">
          <desc id={descId}>{description}</desc>
          <defs>
            <linearGradient id={`${id}-fade`} x1="0" x2="1" y1="0" y2="0">
              <stop offset="0" stop-color="currentColor" stop-opacity="0.55" />
              <stop offset="1" stop-color="currentColor" stop-opacity="0" />
            </linearGradient>
          </defs>
          {rows.map((row, i) => {
            const y = i * ROW + 4;
            const h = ROW - 8;
            const name = row.claimant.length > 24 ? `${row.claimant.slice(0, 23)}…` : row.claimant;
            const iv = row.interval;
            const lowW = iv ? scale(iv.low) : 0;
            const highW = iv && iv.high !== Infinity ? scale(iv.high) : lowW;
            const end = iv ? (iv.high === Infinity ? lowW + OPEN_TAIL : highW) : 0;
            return (
              <g key={row.id} class={`bar side-${row.side}`} data-claim-id={row.id}>
                <title>{t('chartRowTitle', [row.claimant, row.denial ? t('figureDenies') : row.amount, formatDate(row.date)])}</title>
                <text x={LABEL_WIDTH - 8} y={y + h - 3} text-anchor="end" class="bar-label">
                  {name}
                </text>
                {iv && lowW > 0 && <rect x={LABEL_WIDTH} y={y} width={Math.max(lowW, 1.5)} height={h} class="bar-solid" />}
                {iv && highW > lowW && <rect x={LABEL_WIDTH + lowW} y={y} width={highW - lowW} height={h} class="bar-range" />}
                {iv && iv.high === Infinity && (
                  <rect x={LABEL_WIDTH + lowW} y={y} width={OPEN_TAIL} height={h} fill={`url(#${id}-fade)`} class="bar-open" />
                )}
                {row.denial ? (
                  <text x={LABEL_WIDTH + 2} y={y + h - 3} class="bar-denial">
                    {t('figureDenies')}
                  </text>
                ) : (
                  <text x={LABEL_WIDTH + end + 6} y={y + h - 3} class="bar-value">
                    {row.amount}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
        <table class="dchart-table">
          <caption class="visually-hidden">{t('explorerChartTable', title)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('explorerColSide')}</th>
              <th scope="col">{t('explorerColClaimant')}</th>
              <th scope="col">{t('explorerColFigure')}</th>
              <th scope="col">{t('explorerColDate')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} class={`side-${row.side}`} data-claim-id={row.id}>
                <td>{sideName(row.side)}</td>
                <td>{row.claimant}</td>
                <td class="num">
                  {row.denial ? t('figureDenies') : row.amount}
                  {row.status && <span class="row-status"> ({row.status})</span>}
                </td>
                <td>
                  <time dateTime={row.date}>{formatDate(row.date)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="legend">{t('explorerChartLegend')}</p>
    </figure>
  );
}
