/**
 * Kinds of figure a reader filters by. The pack stores a unit and a subject; a kind is derived from both,
 * so "23 killed" is a military death when the subject is soldiers and a civilian death when it is civilians.
 */
import type { Claim } from '../pack/schema';
import { messageRecord } from '../i18n';

export const FIGURE_KINDS = [
  'military-deaths',
  'civilian-deaths',
  'other-deaths',
  'wounded',
  'posts',
  'equipment',
  'displacement',
  'statements',
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export const KIND_LABELS: Record<FigureKind, string> = messageRecord(FIGURE_KINDS, (kind) => `kind_${kind.replace(/-/g, '_')}`);

const MILITARY = new Set(['pakistani-soldiers', 'afghan-forces', 'taliban-and-ttp', 'militants']);
const CIVILIAN = new Set(['afghan-civilians', 'pakistani-civilians', 'civilians']);

export function figureKindOf(claim: Pick<Claim, 'kind' | 'figure' | 'subject'>): FigureKind {
  const unit = claim.figure?.unit;
  if (claim.kind === 'denial' || claim.kind === 'statement' || !unit) return 'statements';
  switch (unit) {
    case 'killed':
      return MILITARY.has(claim.subject) ? 'military-deaths' : CIVILIAN.has(claim.subject) ? 'civilian-deaths' : 'other-deaths';
    case 'wounded':
    case 'killed-or-wounded':
    case 'casualties':
      return 'wounded';
    case 'posts-captured':
    case 'posts-destroyed':
      return 'posts';
    case 'tanks-destroyed':
      return 'equipment';
    case 'vehicles':
      // Goods lorries at a closed crossing are a displacement of trade, not materiel destroyed in a fight.
      return claim.subject === 'trucks' ? 'displacement' : 'equipment';
    case 'displaced':
      return 'displacement';
  }
  return 'statements';
}

export function isFigureKind(value: string): value is FigureKind {
  return (FIGURE_KINDS as readonly string[]).includes(value);
}
