/**
 * The shapes of a compiled pack as the engine reads it at run time (written by lib/pack/compile.ts at build
 * time). Types only, plus the format number: the engine imports these without importing the compiler, so
 * pack/ and engine/ do not import each other.
 */
import type { Side } from './schema';
import type { Script } from '../text/normalize';

export const RUNTIME_FORMAT = 1;

/** RuntimeGate.termRole of a word of the topic, and of a word common outside it too. */
export const TOPIC_WORD = -1;
export const CONTEXT_WORD = -2;

export interface RuntimeEntity {
  id: string;
  kind: string;
  /** A display name: the first English name, else the first name. */
  name: string;
  side?: Side;
  /** The claimant's short name; the UI adds the one noun used for every side ("<shortName> claim"). */
  shortName?: string;
  /** Index of the entity this one speaks for (Mujahid → the Islamic Emirate). */
  speaksFor?: number;
  /** One of the gate's two parties (GateSpec.parties): 0 or 1. */
  party?: 0 | 1;
}

export interface RuntimeAlias {
  /** Normalised text, separators collapsed to one space. */
  key: string;
  entity: number;
  strong: boolean;
  /** Entity indices that make this weak alias strong when one of them is also on the page. */
  strongWith?: number[];
  script: Script;
  /** Set for case-sensitive aliases: the text the original must equal ("IEA", not "iea"). */
  exact?: string;
  /** Shorter aliases that are prefixes of this one, longest first: tried when this one fails its boundary. */
  prefixes?: number[];
}

export interface RuntimeClaim {
  id: string;
  event: string;
  eventIndex: number;
  claimant: number;
  claimantId: string;
  /** The side of the claimant (or of the entity it speaks for). */
  side?: Side;
  date: string;
  kind: 'figure' | 'denial' | 'statement';
  value?: number;
  min?: number;
  max?: number;
  qualifier?: string;
  unit?: string;
  subject: string;
  confidence: 'H' | 'M' | 'L';
  superseded?: boolean;
  /** Set when the count covers a wider place than its event (UNAMA's nationwide tally): the entity id. */
  area?: string;
}

export interface RuntimeEvent {
  id: string;
  date: string;
  endDate?: string;
  places: number[];
}

export interface RuntimePack {
  format: typeof RUNTIME_FORMAT;
  meta: {
    id: string;
    title: string;
    version: string;
    /** First and last event date: "data through" `coverage.end`. */
    coverage: { start: string; end: string };
    /** When this version of the pack was published. */
    released: string;
    window: { start: string; end?: string };
    languages: string[];
  };
  entities: RuntimeEntity[];
  aliases: RuntimeAlias[];
  /** Alias key → alias index, or ANCHOR for a figure's verb ("killed", "ہلاک") that rides along in the pattern. */
  aliasIndex: Record<string, number>;
  /**
   * Source of the combined pattern (flags `gu`), run once over normalised text: every alias, and the verbs
   * that figures hang on, so that the figure reader needs no pass of its own.
   */
  pattern: string;
  claims: RuntimeClaim[];
  /** Figure value (exact, bound, or either end of a range) → claim indices. */
  claimsByValue: Record<string, number[]>;
  /** Entity id → claims it made, speaks for, or whose event happened there. */
  claimsByEntity: Record<string, number[]>;
  events: RuntimeEvent[];
  /** Claimant entity id → the label of its badge and its side. */
  claimants: Record<string, { label: string; side?: Side }>;
  /** The topic's words and the gate's weights; absent for a pack without them (the gate then uses fixed rules). */
  gate?: RuntimeGate;
}

export interface RuntimeGate {
  /** Normalised topic words. The pattern finds them too: aliasIndex holds termCode(i) for term i. */
  terms: string[];
  /** For each term: TOPIC_WORD, CONTEXT_WORD, or 0 or 1, a word naming that party, or 2, one naming both. */
  termRole: number[];
  /** Feature → weight, `bias` the constant (see lib/engine/gate-features.ts). */
  weights: Record<string, number>;
}

/**
 * What the first stage (the gate) reads: the aliases and the pattern, but not the claims. About half the size
 * of the whole (7 KB gzipped for the bundled pack), for a content script whose start-up must stay small.
 */
export type GatePack = Pick<RuntimePack, 'format' | 'meta' | 'aliases' | 'aliasIndex' | 'pattern' | 'gate'> & {
  entities: Pick<RuntimeEntity, 'id' | 'party'>[];
};

/**
 * What stage two adds to the gate's pack: the claims and their indexes. annotate.js ships only these and takes the
 * aliases, the pattern and the gate's vocabulary from the pack the page was gated with (lib/pack/runtime-tables.ts),
 * so no table is shipped twice to a page.
 */
export type RuntimeTables = Omit<
  RuntimePack,
  'aliases' | 'aliasIndex' | 'pattern' | 'gate' | 'claims' | 'claimsByValue' | 'claimsByEntity' | 'claimants' | 'entities' | 'meta'
> & { claims: ShippedClaim[]; entities: Omit<RuntimeEntity, 'id' | 'party'>[]; meta: Pick<RuntimePack['meta'], 'id' | 'version'> };

/** A claim as the tables ship it: what the entities and events already say (ids, the side) is filled in at load. */
export type ShippedClaim = Omit<RuntimeClaim, 'event' | 'claimantId' | 'side'> & { event?: string };
