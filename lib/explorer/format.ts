/** Dates and side titles as every explorer view shows them (dates are shared with the card: lib/dates.ts). */
import type { Pack, Side } from '../pack/schema';
import { SIDE_ORDER, SIDE_TITLES } from '../content/card-model';
import { messageRecord, t } from '../i18n';

export { formatDate, formatDateRange } from '../dates';

/** A pack on another topic names its own columns; this conflict's titles are the card's. */
export function sideTitle(pack: Pack, side: Side): string {
  return pack.meta.sideLabels?.[side] ?? SIDE_TITLES[side];
}

/** Short column names for tables and charts, where the full titles do not fit. */
export const SIDE_SHORT: Record<Side, string> = messageRecord(SIDE_ORDER, (side) => `sideShort_${side}`);

export function sideShort(pack: Pack, side: Side): string {
  return pack.meta.sideLabels?.[side] ?? SIDE_SHORT[side];
}

/** Confidence that the claim was made as stated (not that it is true): the card's words (lib/confidence.ts). */
export { confidenceWhy, confidenceWord } from '../confidence';
