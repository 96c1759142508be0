/**
 * The spotting engine's public API. Pure functions on plain data: no DOM (see lib/dom/extract for the one
 * adapter), so the same code runs in the content script, the CLI and the tests.
 */
export type { BlockKind, Evidence, FigureMatch, GateReason, GateResult, Mention, PageMeta, ScanResult, TextBlock } from './types';
export type { GatePack, RuntimePack, RuntimeAlias, RuntimeClaim, RuntimeEntity, RuntimeEvent } from '../pack/runtime-types';
export { compilePack, gatePackOf } from '../pack/compile';
export { scanDocument, finishScan, findFigures, type ScanOptions } from './scan';
export { prepareText, findMentions, type PreparedText } from './mentions';
export { gatePage, scoreMentions, beforeWindow, publishedDate, resolveStrength, RELEVANT_SCORE, type GateStage } from './gate';
export { findAliases, findAliasesIn, patternOf, type AliasHit } from './matcher';
export { findFigureCandidates, type FigureCandidate } from './figures';
export { matchClaim, type ClaimChoice, type ClaimContext } from './claims';
export { normalize, normalizeText, type Normalized } from '../text/normalize';
export { findNumbers, parseNumberWords, type NumberMatch, type Qualifier } from '../text/numbers';
