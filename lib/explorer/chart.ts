/** Rows for a disagreement chart: one per claim, sides in SIDE_ORDER, each side's claims in the order made. */
import type { Claim, Side } from '../pack/schema';
import { describeFigure, entityName, SIDE_ORDER, sideOf, UNIT_WORDS, type PackIndex } from '../content/card-model';
import { intervalOf, revisionOrder, type Interval } from './compare';
import { t } from '../i18n';

export interface ChartRow {
  id: string;
  side: Side;
  claimant: string;
  /** The number as stated: "58", "at least 15", "15–20", "up to 55". */
  amount: string;
  date: string;
  interval?: Interval;
  /** The side denies instead of giving a figure. */
  denial?: boolean;
  /** "revised later". */
  status?: string;
}

/** The figure without its unit, for a chart whose caption already names the unit. */
export function amountOf(claim: Claim): string {
  const text = describeFigure(claim);
  const unit = claim.figure ? UNIT_WORDS[claim.figure.unit] : undefined;
  return unit && text.endsWith(` ${unit}`) ? text.slice(0, -unit.length - 1) : text;
}

export function chartRows(
  index: PackIndex,
  claims: readonly Claim[],
  revised: (c: Claim) => boolean = (c) => Boolean(c.supersededBy),
): ChartRow[] {
  const ordered = revisionOrder(index, claims);
  return SIDE_ORDER.flatMap((side) =>
    ordered
      .filter((c) => sideOf(index, c.claimant) === side && (c.kind === 'denial' || intervalOf(c)))
      .map((c) => {
        const row: ChartRow = { id: c.id, side, claimant: entityName(index, c.claimant), amount: amountOf(c), date: c.date };
        const interval = intervalOf(c);
        if (interval) row.interval = interval;
        if (c.kind === 'denial') row.denial = true;
        if (revised(c)) row.status = t('chartRevisedLater');
        return row;
      }),
  );
}
