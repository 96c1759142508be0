/**
 * The topic pack: the one data contract between `data/`, the engine and the UI.
 * The engine never knows which conflict it is reading about; everything
 * topic-specific lives in a pack that validates against this schema.
 */
import * as v from 'valibot';

const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
  v.check(isRealDate, 'is not a real calendar date'),
);
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase id (a-z, 0-9, -)'));
const httpUrl = v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:\/\//, 'must be an http(s) URL'));
const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Languages/scripts a name can be written in. `ur`, `ps`, `fa`, `ar` are Arabic script. */
export const LANGS = ['en', 'ur', 'ps', 'fa', 'ar', 'hi'] as const;
export const Lang = v.picklist(LANGS);

/** Which side a claimant speaks for. The card has one column per side. */
export const SIDES = ['afghanistan', 'pakistan', 'independent'] as const;
export const Side = v.picklist(SIDES);

export const Name = v.strictObject({
  text: nonEmpty,
  lang: Lang,
  /**
   * strong: on its own good evidence that a page is about this conflict (Durand Line, Torkham).
   * weak: common in unrelated news too (Taliban, Kabul, Pakistan).
   */
  strength: v.picklist(['strong', 'weak']),
  /** The name becomes strong only when one of these entities is also on the page (ISPR with Afghan). */
  strongWith: v.optional(v.array(id)),
  /** `unconfirmed`: a standard spelling not seen in a retrieved page (fact sheet's term). */
  status: v.optional(v.picklist(['seen', 'unconfirmed']), 'seen'),
  /** Case-sensitive match (short acronyms that collide with words, e.g. "IEA"). */
  caseSensitive: v.optional(v.boolean()),
});

export const ENTITY_KINDS = [
  'place',
  'crossing',
  'border',
  'force',
  'group',
  'government',
  'official',
  'organisation',
  'operation',
  'mediator',
  'media',
] as const;

export const Entity = v.strictObject({
  id,
  kind: v.picklist(ENTITY_KINDS),
  /** One neutral line. */
  description: nonEmpty,
  names: v.pipe(v.array(Name), v.minLength(1, 'needs at least one name')),
  /** Set on entities that make claims: which column of the card they sit in. */
  side: v.optional(Side),
  /**
   * Claimants only: the short name the UI puts before its one noun ("<shortName> claim"), e.g. "Islamic Emirate",
   * "ISPR", "UNAMA". The same noun for every side, so labels differ only in the claimant's name.
   */
  shortName: v.optional(nonEmpty),
  /** For officials and units: the entity they speak for (Mujahid → islamic-emirate). */
  speaksFor: v.optional(id),
});

export const Source = v.strictObject({
  outlet: nonEmpty,
  url: httpUrl,
  published: v.optional(isoDate),
  /**
   * The wire or outlet this page copies ("Reuters", "Tolo News"): two pages relaying one wire are one outlet
   * for the confidence rubric.
   */
  via: v.optional(nonEmpty),
  /** The claimant's own channel (its statement, website or X account), not an outlet relaying it. */
  own: v.optional(v.boolean()),
});

/** The days a figure counts, both ends included: one night of 11–12 Oct is 2025-10-11 → 2025-10-12. */
export const Period = v.strictObject({ start: isoDate, end: isoDate });

export const VERIFICATION_STATUSES = ['confirmed', 'corrected', 'added', 'unverified'] as const;
/** The claim fields a verification can confirm or change, each with the source URLs that support it. */
export const VERIFIED_FIELDS = ['value', 'qualifier', 'unit', 'subject', 'claimant', 'date'] as const;

const urlList = v.optional(v.array(httpUrl));

/**
 * The record of a check of the claim against its sources: when, what was found, which source backs each
 * field, and every change made (old value → new value, and why). Notes are in our own words.
 */
export const Verification = v.strictObject({
  checked: isoDate,
  status: v.picklist(VERIFICATION_STATUSES),
  sources: v.strictObject({
    value: urlList,
    qualifier: urlList,
    unit: urlList,
    subject: urlList,
    claimant: urlList,
    date: urlList,
  }),
  changes: v.array(
    v.strictObject({
      field: nonEmpty,
      from: v.optional(v.unknown()),
      to: v.optional(v.unknown()),
      why: nonEmpty,
    }),
  ),
  note: v.optional(nonEmpty),
});

export const QUALIFIERS = ['exact', 'at-least', 'over', 'about', 'up-to', 'range'] as const;
export const UNITS = [
  'killed',
  'wounded',
  'killed-or-wounded',
  'posts-captured',
  'posts-destroyed',
  'tanks-destroyed',
  'displaced',
  'vehicles',
  'casualties',
] as const;

export const Figure = v.pipe(
  v.strictObject({
    /** Exact value, or the lower bound for at-least / over, or the upper for up-to. */
    value: v.optional(v.pipe(v.number(), v.minValue(0))),
    min: v.optional(v.pipe(v.number(), v.minValue(0))),
    max: v.optional(v.pipe(v.number(), v.minValue(0))),
    qualifier: v.picklist(QUALIFIERS),
    unit: v.picklist(UNITS),
  }),
  v.check(
    (f) => (f.qualifier === 'range' ? f.min !== undefined && f.max !== undefined && f.min <= f.max : f.value !== undefined),
    'a range needs min ≤ max; any other qualifier needs value',
  ),
);

export const SUBJECTS = [
  'pakistani-soldiers',
  'afghan-forces',
  'afghan-civilians',
  'pakistani-civilians',
  'civilians',
  'taliban-and-ttp',
  'militants',
  'pakistani-posts',
  'afghan-posts',
  'both-sides',
  'people',
  /** Lorries and other goods vehicles (stranded at a closed crossing). */
  'trucks',
] as const;

export const Claim = v.strictObject({
  id,
  event: id,
  /** The entity that made the claim (a spokesman, ISPR, UNAMA, a hospital...). */
  claimant: id,
  /** When the claim was made. */
  date: isoDate,
  /** Absent for a denial or a statement with no number. */
  figure: v.optional(Figure),
  kind: v.optional(v.picklist(['figure', 'denial', 'statement']), 'figure'),
  subject: v.picklist(SUBJECTS),
  /** Attributed wording, in our own words: "X says ...". Never a bare fact. */
  text: nonEmpty,
  sources: v.pipe(v.array(Source), v.minLength(1, 'needs at least one source')),
  /** How sure we are that the claim was made as stated (not whether it is true). */
  confidence: v.picklist(['H', 'M', 'L']),
  /** An earlier figure the claimant replaced (Kabul's early "15" → "58"). */
  supersededBy: v.optional(id),
  note: v.optional(nonEmpty),
  /** The days the figure counts. Required on every claim with a figure; inside the event's dates. */
  period: v.optional(Period),
  /** The place the count covers when it differs from the event's places (`afghanistan` for a nationwide count). */
  area: v.optional(id),
  verification: Verification,
});

export const Event = v.strictObject({
  id,
  date: isoDate,
  endDate: v.optional(isoDate),
  phase: id,
  title: nonEmpty,
  summary: nonEmpty,
  places: v.array(id),
  /** A key disagreement: the card and the explorer show each side's figure. */
  disagreement: v.optional(v.boolean()),
  /** The date is only approximate: sources give no exact day (the timeline shows it with "~"). */
  approximate: v.optional(v.boolean()),
});

export const Phase = v.strictObject({ id, title: nonEmpty, start: isoDate, end: v.optional(isoDate) });

export const Crossing = v.strictObject({
  entity: id,
  /** Status changes, oldest first: the status on a date is the last entry on or before it. */
  status: v.array(
    v.strictObject({
      from: isoDate,
      status: v.picklist(['open', 'closed', 'partly-open', 'unknown']),
      note: v.optional(nonEmpty),
      sources: v.array(Source),
    }),
  ),
});

export const ContextNote = v.strictObject({ id, title: nonEmpty, text: nonEmpty, sources: v.array(Source) });

/**
 * The topic itself for the page gate, beyond its names: the two parties, the words of the topic in each language,
 * and the weights of the gate's linear score (learned by scripts/learn-gate.ts on the corpus's tune split).
 */
export const GateSpec = v.strictObject({
  /** The two parties: entity ids. Both named in one sentence with a topic word is the topic's signature. */
  parties: v.tuple([v.array(id), v.array(id)]),
  /**
   * Words of the topic (clashes, ceasefire, border crossing…), each form written out (no stemming). `context`: a
   * word common outside the topic too (talks, trade, refugees), which counts for less. `party`: a word that names one
   * of the parties without being an entity's name (Urdu پاکستانی, "Afghan forces"); 2 names both ("Pak-Afghan").
   */
  terms: v.array(
    v.strictObject({ text: nonEmpty, lang: Lang, context: v.optional(v.literal(true)), party: v.optional(v.picklist([0, 1, 2])) }),
  ),
  /** Feature name → weight; `bias` is the constant. A page is relevant when the weighted sum is at least 0. */
  weights: v.record(v.string(), v.number()),
});

export const Pack = v.strictObject({
  meta: v.strictObject({
    id,
    title: nonEmpty,
    version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be semver x.y.z')),
    /** The first and last day of the events in the pack: how far the data reaches, not when it was published. */
    coverage: v.strictObject({ start: isoDate, end: isoDate }),
    /** When this version of the pack was published. */
    released: isoDate,
    window: v.strictObject({ start: isoDate, end: v.optional(isoDate) }),
    languages: v.array(Lang),
    licence: nonEmpty,
    /**
     * Column titles for the three side slots, for packs on other topics (a volcano pack's "afghanistan" slot
     * might be the island government). Without it the UI uses its own titles for this conflict.
     */
    sideLabels: v.optional(
      v.strictObject({ afghanistan: v.optional(nonEmpty), pakistan: v.optional(nonEmpty), independent: v.optional(nonEmpty) }),
    ),
  }),
  entities: v.array(Entity),
  phases: v.array(Phase),
  events: v.array(Event),
  claims: v.array(Claim),
  context: v.strictObject({
    notes: v.array(ContextNote),
    crossings: v.array(Crossing),
  }),
  /**
   * Aliases deliberately shared by two entities (e.g. "Chaman" the town and the crossing),
   * each with the entity that wins. Any other shared alias is an error.
   */
  aliasRules: v.optional(v.array(v.strictObject({ alias: nonEmpty, prefer: id }))),
  /** What the page gate reads besides the names: see GateSpec. */
  gate: v.optional(GateSpec),
});

export type Pack = v.InferOutput<typeof Pack>;
export type Entity = v.InferOutput<typeof Entity>;
export type Name = v.InferOutput<typeof Name>;
export type Claim = v.InferOutput<typeof Claim>;
export type GateSpec = v.InferOutput<typeof GateSpec>;
export type Event = v.InferOutput<typeof Event>;
export type Figure = v.InferOutput<typeof Figure>;
export type Source = v.InferOutput<typeof Source>;
export type Side = v.InferOutput<typeof Side>;
export type Period = v.InferOutput<typeof Period>;
export type Verification = v.InferOutput<typeof Verification>;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];
