/** Shared shapes of the engine. Plain data: the same objects travel from the DOM adapter to the CLI and the UI. */

export type BlockKind = 'title' | 'headline' | 'body';

/** A run of text the reader sees as one unit: the title, a headline, a paragraph, a list item. */
export interface TextBlock {
  text: string;
  kind: BlockKind;
}

export interface PageMeta {
  title?: string;
  ogTitle?: string;
  /** Publication date, YYYY-MM-DD (or a full ISO timestamp; only the date is read). */
  published?: string;
  /** Where the date came from: the page's metadata (meta tags, JSON-LD, <time>), its address, or a dateline. */
  dateFrom?: 'metadata' | 'address' | 'dateline';
  canonical?: string;
  lang?: string;
}

export interface Mention {
  entityId: string;
  /** The original text matched, with a plural "s" but without a possessive "'s". */
  text: string;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  block: number;
  /** Index of the entity and the alias in the runtime pack. */
  entity: number;
  alias: number;
  /** Strong on this page: a strong alias, or a weak one whose `strongWith` entity is also present. */
  strong: boolean;
}

export interface Evidence {
  entityId: string;
  /** The name as it appears on the page (first occurrence in that place). */
  name: string;
  strength: 'strong' | 'weak';
  where: BlockKind;
  block: number;
}

export type GateReason = 'relevant' | 'no-mention' | 'before-window' | 'no-strong-evidence' | 'thin-evidence' | 'low-score';

export interface GateResult {
  relevant: boolean;
  score: number;
  evidence: Evidence[];
  reason: GateReason;
}

export interface FigureMatch {
  value: number;
  min?: number;
  max?: number;
  qualifier: string;
  unit: string;
  /** The figure as written: "at least 58 Pakistani soldiers". */
  text: string;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  block: number;
  claimId: string;
  /** Claimant entity id. */
  claimant: string;
  /** 0..1: how sure the match is (value, unit, subject, claimant named nearby). */
  confidence: number;
  /** Entity id of the speaker the sentence names ("ISPR said…"), or null when none can be read (lib/engine/attribution.ts). */
  attributedTo?: string | null;
  /** true when that speaker is not the claim's claimant nor one party with it; null when no speaker is read. */
  misattributed?: boolean | null;
}

/** A figure the reader found that matches no claim of the pack: kept only on request (`npm run scan`). */
export type UnmatchedFigure = Pick<FigureMatch, 'value' | 'qualifier' | 'unit' | 'text' | 'start' | 'end' | 'block'> & {
  attributedTo: string | null;
};

export interface ScanResult extends GateResult {
  mentions: Mention[];
  figures: FigureMatch[];
  /** With ScanOptions.keepUnmatched: the figures that matched no claim, with the speaker the sentence names. */
  unmatched?: UnmatchedFigure[];
}
