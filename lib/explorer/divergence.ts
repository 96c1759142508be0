/** The divergence view for a filter state: key disagreements of the events that pass the filters. */
import type { Claim } from '../pack/schema';
import type { PackIndex } from '../content/card-model';
import { keyDisagreements, type Disagreement } from './compare';
import { claimantMatches, eventPasses, sortedEvents } from './filters';
import { figureKindOf } from './kinds';
import type { ExplorerState } from './state';

/**
 * The claimant filter keeps a comparison the claimant takes part in, with the other sides still shown:
 * a ratio needs both figures. The kind filter narrows the figures compared.
 */
export function buildDivergence(index: PackIndex, state: ExplorerState): Disagreement[] {
  const events = sortedEvents(index)
    .filter((e) => eventPasses(e, state))
    .map((e) => e.id);
  // A denial stays whatever the kind: it is the other side's answer to the figure being compared.
  const byKind = (c: Claim) => !state.kinds.length || c.kind === 'denial' || state.kinds.includes(figureKindOf(c));
  return keyDisagreements(index, events, byKind).filter(
    (d) => !state.claimant || d.group.claims.some((c) => claimantMatches(index, c.claimant, state.claimant!)),
  );
}
