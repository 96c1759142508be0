/**
 * The page gate: is this page about the pack's topic? It decides from the mentions the matcher found, and
 * returns a score with the evidence behind it so the UI can say "why badges here".
 *
 * Signals: distinct strong entities (a strong alias, or a weak one whose `strongWith` partner is on the page),
 * distinct entities overall, several of them in one paragraph, names in the title or headline, figures that
 * match the pack's claims, and the publication date against the pack's window (a page published before the
 * window is about an earlier episode, whatever its names).
 */
import type { GatePack } from '../pack/runtime-types';
import { gateFeatures, hasSignature, linearScore, type GateFeatures } from './gate-features';
import { findMentions, prepareText, type PreparedText } from './mentions';
import type { Evidence, GateResult, Mention, PageMeta, TextBlock } from './types';
import { beforeWindow } from './window';

export { beforeWindow, publishedDate } from './window';

/** Score at which a page is relevant (see weights in scoreMentions). */
export const RELEVANT_SCORE = 8;
/** Each figure matched to a claim adds this much, for at most this many figures. */
export const FIGURE_WEIGHT = 3;
export const MAX_FIGURES_COUNTED = 2;
/** Distinct entities that, with one strong name, make a page relevant on their own. */
export const MANY_ENTITIES = 12;

/**
 * Mark each mention strong or weak for this page. A name with `strongWith` is strong exactly when one of those
 * entities is on the page too (ISPR with Afghan), whatever its own strength says.
 */
export function resolveStrength(pack: GatePack, mentions: Mention[]): void {
  const present = new Set(mentions.map((m) => m.entity));
  for (const m of mentions) {
    const alias = pack.aliases[m.alias]!;
    m.strong = alias.strongWith ? alias.strongWith.some((e) => present.has(e)) : alias.strong;
  }
}

export interface GateInput {
  blocks: readonly TextBlock[];
  meta: PageMeta;
  mentions: Mention[];
  /** Figures matched to a claim: each is strong evidence that the page reports this conflict. */
  matchedFigures?: number;
  /** The text the mentions were found in, with the topic words of the same pass (a pack with a `gate`). */
  prepared?: PreparedText;
}

/** Ranks evidence: strong first, then the title and headline, so the UI can show the best reasons. */
function sortEvidence(evidence: Evidence[]): void {
  const rank = (e: Evidence): number => (e.strength === 'strong' ? 0 : 2) + (e.where === 'body' ? 1 : 0);
  evidence.sort((a, b) => rank(a) - rank(b) || a.block - b.block);
}

/** Each entity once per place (title, headline, body), strong if any of its mentions is. */
function namesEvidence(pack: GatePack, blocks: readonly TextBlock[], mentions: readonly Mention[]): Evidence[] {
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  const strongIds = new Set<string>();
  for (const m of mentions) {
    if (m.strong) strongIds.add(m.entityId);
    const where = blocks[m.block]?.kind ?? 'body';
    const key = `${m.entity}:${where}`;
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push({ entityId: m.entityId, name: m.text, strength: m.strong ? 'strong' : 'weak', where, block: m.block });
  }
  for (const e of evidence) if (strongIds.has(e.entityId)) e.strength = 'strong';
  return evidence;
}

/** A gate result with the features it was decided on (for the learning script and diagnostics). */
export interface WeighedGate extends GateResult {
  features: GateFeatures;
}

/** The learned gate: the weighted sum of the page's features (lib/engine/gate-features.ts). */
export function weighGate(pack: GatePack, input: GateInput): WeighedGate {
  const { blocks, mentions } = input;
  resolveStrength(pack, mentions);
  const prepared = input.prepared?.mentionStarts?.length === mentions.length ? input.prepared : undefined;
  const { features, evidence: topical } = gateFeatures(pack, { ...input, prepared });
  const score = Math.round(linearScore(pack.gate!.weights, features) * 100) / 100;
  const evidence = [...topical, ...namesEvidence(pack, blocks, mentions)];
  sortEvidence(evidence);
  if (!hasSignature(features)) return { relevant: false, score, evidence, reason: 'no-strong-evidence', features };
  // A page with no date that names someone in an office left before the window was written while they held it: as a
  // page dated before the window, never relevant.
  const relevant = score >= 0 && !features.undatedEarlierOffice;
  // Earlier years written on an undated page count against it: a reason it was turned down, never one it was not.
  const shown = relevant ? evidence.filter((e) => e.entityId !== 'date:earlier') : evidence;
  return { relevant, score, evidence: shown, reason: relevant ? 'relevant' : 'low-score', features };
}

export function scoreMentions(pack: GatePack, input: GateInput): GateResult {
  const { blocks, mentions } = input;
  if (mentions.length === 0) return { relevant: false, score: 0, evidence: [], reason: 'no-mention' };
  if (pack.gate) {
    const { features: _, ...result } = weighGate(pack, input);
    return result;
  }
  resolveStrength(pack, mentions);

  const strongEntities = new Set<number>();
  const allEntities = new Set<number>();
  const inHeadline = new Map<number, boolean>();
  const perBlock = new Map<number, { entities: Set<number>; strong: boolean }>();
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    allEntities.add(m.entity);
    if (m.strong) strongEntities.add(m.entity);
    const where = blocks[m.block]?.kind ?? 'body';
    if (where !== 'body') inHeadline.set(m.entity, (inHeadline.get(m.entity) ?? false) || m.strong);
    else {
      let b = perBlock.get(m.block);
      if (!b) perBlock.set(m.block, (b = { entities: new Set(), strong: false }));
      b.entities.add(m.entity);
      b.strong ||= m.strong;
    }
    const key = `${m.entity}:${where}`;
    if (!seen.has(key)) {
      seen.add(key);
      evidence.push({ entityId: m.entityId, name: m.text, strength: m.strong ? 'strong' : 'weak', where, block: m.block });
    }
  }
  // An entity is strong on this page if any of its mentions is.
  const strongIds = new Set([...strongEntities].map((e) => pack.entities[e]!.id));
  for (const e of evidence) if (strongIds.has(e.entityId)) e.strength = 'strong';

  const strong = strongEntities.size;
  const weak = allEntities.size - strong;
  let score = 3 * Math.min(strong, 4) + Math.min(weak, 5);
  let headline = 0;
  for (const isStrong of inHeadline.values()) headline += isStrong ? 3 : 1;
  score += Math.min(headline, 6);
  let bestBlock = 0;
  for (const b of perBlock.values()) {
    const n = b.entities.size;
    const value = n >= 3 && b.strong ? 3 : n >= 2 && b.strong ? 2 : n >= 3 ? 1 : 0;
    bestBlock = Math.max(bestBlock, value);
  }
  score += bestBlock;
  const figures = input.matchedFigures ?? 0;
  score += Math.min(figures, MAX_FIGURES_COUNTED) * FIGURE_WEIGHT;

  // Strong names first, then the title and headline, so the UI can show the best reasons.
  const rank = (e: Evidence): number => (e.strength === 'strong' ? 0 : 2) + (e.where === 'body' ? 1 : 0);
  evidence.sort((a, b) => rank(a) - rank(b) || a.block - b.block);

  if (strong === 0 && figures === 0) return { relevant: false, score, evidence, reason: 'no-strong-evidence' };
  if (score < RELEVANT_SCORE) return { relevant: false, score, evidence, reason: 'low-score' };
  // One strong name in passing (aid trucks through Torkham after an earthquake; the Taliban's spokesman on
  // girls' schools) is not enough: it takes two, or one in the headline, or a figure that matches a claim, or
  // a page that names a great many of the pack's entities (talks: mediators, venues, delegates).
  const strongHeadline = [...inHeadline.values()].some(Boolean);
  if (strong < 2 && !strongHeadline && figures === 0 && allEntities.size < MANY_ENTITIES)
    return { relevant: false, score, evidence, reason: 'thin-evidence' };
  return { relevant: true, score, evidence, reason: 'relevant' };
}

/** Could figures matched to claims still make a page with this score relevant? */
export function couldFiguresCarry(pack: GatePack, score: number): boolean {
  if (pack.gate) return score + 2 * Math.max(0, pack.gate.weights.figures ?? 0) >= 0;
  return score + MAX_FIGURES_COUNTED * FIGURE_WEIGHT >= RELEVANT_SCORE;
}

export interface GateStage {
  gate: GateResult;
  mentions: Mention[];
  /** Absent when the page stopped before the text was read (published before the window). */
  prepared?: PreparedText;
  /** Not relevant on names alone, but figures matched to claims could still make it so. */
  nearMiss: boolean;
}

/** A page's text normalised and its names read (`readText`), before the gate weighs them. */
export interface ReadText {
  pack: GatePack;
  prepared: PreparedText;
  mentions: Mention[];
}

/** The first half of `gatePage`: normalise the blocks' text and read the pack's names in it. */
export function readText(blocks: readonly TextBlock[], pack: GatePack): ReadText {
  const prepared = prepareText(blocks);
  return { pack, prepared, mentions: findMentions(pack, prepared) };
}

/**
 * The cheap first stage, for every page: the date, then one pass of the alias pattern over the joined text
 * (`before`: `readText` of these blocks, done in an earlier task).
 * An unrelated page ends here, having cost a normalisation and one regex pass.
 */
export function gatePage(blocks: readonly TextBlock[], meta: PageMeta, pack: GatePack, before?: ReadText): GateStage {
  if (beforeWindow(meta, pack))
    return { gate: { relevant: false, score: 0, evidence: [], reason: 'before-window' }, mentions: [], nearMiss: false };
  // Normalised and read in an earlier task (the session's start-up on a long page) with this same pack, or here.
  const early = before?.pack === pack ? before : undefined;
  const prepared = early?.prepared ?? prepareText(blocks);
  const mentions = early?.mentions ?? findMentions(pack, prepared);
  if (mentions.length === 0)
    return { gate: { relevant: false, score: 0, evidence: [], reason: 'no-mention' }, mentions, prepared, nearMiss: false };
  const gate = scoreMentions(pack, { blocks, meta, mentions, prepared });
  return { gate, mentions, prepared, nearMiss: !gate.relevant && couldFiguresCarry(pack, gate.score) };
}
