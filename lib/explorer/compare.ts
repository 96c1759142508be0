/**
 * Which figures can be compared, the ratio between the sides' figures, and how that gap moved as the
 * figures were revised. A ratio is only as precise as the claims behind it: "at least 200" against 9 is
 * "at least 22×", never "22.2×", and an open figure against an exact one may give no ratio at all.
 */
import { UNITS, type Claim, type Side } from '../pack/schema';
import { barOf, entityName, SIDE_ORDER, sideOf, UNIT_WORDS, type PackIndex } from '../content/card-model';
import { revisionDepth } from './filters';
import { t } from '../i18n';
import { formatNumber } from '../numbers';

/** A claimed figure as numbers: `high` is Infinity for "at least" and "over"; `stated` is the number as said. */
export interface Interval {
  low: number;
  high: number;
  stated: number;
  approximate: boolean;
}

export function intervalOf(claim: Claim): Interval | undefined {
  const bar = barOf(claim);
  const f = claim.figure;
  if (!bar || !f || claim.kind === 'denial' || claim.kind === 'statement') return undefined;
  return {
    low: bar.low,
    high: bar.open ? Infinity : bar.high,
    stated: f.qualifier === 'range' ? f.max! : f.value!,
    approximate: f.qualifier === 'about',
  };
}

/**
 * Subjects that the two sides use for the same people. ISPR counts "Taliban and TTP fighters" where Kabul
 * counts its own forces: the figures are put side by side, with a caveat, because that is the dispute.
 */
const SUBJECT_GROUP: Record<string, string> = { 'taliban-and-ttp': 'afghan-forces' };

export function subjectWords(subject: string): string {
  const key = `groupSubject_${subject.replace(/-/g, '_')}`;
  const words = t(key);
  // A pack on another topic may have subjects of its own: shown as written.
  return words === key ? subject.replace(/-/g, ' ') : words;
}

/** "Pakistani soldiers / Afghan forces": the same people as each side describes them. */
function subjectsWords(subjects: string[]): string {
  return subjects.map(subjectWords).reduce((first, second) => t('subjectsEither', [first, second]));
}

/** "Pakistani posts captured", not "Pakistani posts posts captured". */
function groupLabel(who: string, unit: string, subjects: string[]): string {
  const ofPosts = subjects.length > 0 && subjects.every((s) => s.endsWith('-posts')) && unit.startsWith('posts-');
  const words = ofPosts ? t(`unit_${unit.replace(/-/g, '_')}_of`) : (UNIT_WORDS[unit] ?? unit.replace(/-/g, ' '));
  return t('groupLabel', [who, words]);
}

const subjectGroupOf = (subject: string) => SUBJECT_GROUP[subject] ?? subject;

export interface ComparisonGroup {
  key: string;
  unit: string;
  /** "Pakistani soldiers killed". */
  label: string;
  /** The subjects the claims use; more than one means the sides describe the people differently. */
  subjects: string[];
  /** Figures with this unit and subject, and the denials about the same subject, in revision order. */
  claims: Claim[];
  /** Sides with at least one figure or denial, in SIDE_ORDER. */
  sides: Side[];
}

/** Claims in the order they were made: date, then a revision after what it replaced, then id. */
export function revisionOrder(index: PackIndex, claims: readonly Claim[]): Claim[] {
  return [...claims].sort(
    (a, b) => a.date.localeCompare(b.date) || revisionDepth(index, a) - revisionDepth(index, b) || a.id.localeCompare(b.id),
  );
}

/** Groups the figures of one event (or any set of claims) that measure the same thing. */
export function comparisonGroups(index: PackIndex, claims: readonly Claim[]): ComparisonGroup[] {
  const groups = new Map<string, { unit: string; subject: string; claims: Claim[] }>();
  for (const claim of claims) {
    if (!intervalOf(claim)) continue;
    const subject = subjectGroupOf(claim.subject);
    const key = `${claim.figure!.unit}|${subject}`;
    const group = groups.get(key) ?? { unit: claim.figure!.unit, subject, claims: [] };
    group.claims.push(claim);
    groups.set(key, group);
  }
  const denials = claims.filter((c) => c.kind === 'denial');
  const unitRank = (unit: string) => (UNITS as readonly string[]).indexOf(unit);
  return (
    [...groups]
      .map(([key, g]) => {
        const members = [...g.claims, ...denials.filter((d) => subjectGroupOf(d.subject) === g.subject)];
        const subjects = [...new Set(members.filter((c) => c.kind !== 'denial').map((c) => c.subject))].sort();
        const sides = SIDE_ORDER.filter((side) => members.some((c) => sideOf(index, c.claimant) === side));
        const who = subjects.length > 1 ? subjectsWords(subjects) : subjectWords(g.subject);
        return {
          key,
          unit: g.unit,
          label: groupLabel(who, g.unit, subjects.length ? subjects : [g.subject]),
          subjects,
          claims: revisionOrder(index, members),
          sides,
        };
      })
      // Deaths before wounded before posts; within a unit by label, so no side's losses come first by choice.
      .sort((a, b) => unitRank(a.unit) - unitRank(b.unit) || b.sides.length - a.sides.length || a.label.localeCompare(b.label))
  );
}

/** Said beside a comparison whose sides describe the people differently. */
export function groupCaveat(group: Pick<ComparisonGroup, 'subjects'>): string | undefined {
  if (group.subjects.length < 2) return undefined;
  return t('groupCaveat', subjectsWords(group.subjects));
}

export interface SideFigure {
  side: Side;
  /** The side's figure for the comparison: its largest current claim (a partial count is usually smaller). */
  headline?: Claim;
  interval?: Interval;
  /** Other current figures from the same side (a sub-total, a second spokesman). */
  others: Claim[];
  /** Set when the side's only position is a denial. */
  denial?: Claim;
}

export interface Ratio {
  higher: Side;
  lower: Side;
  /** The ratio higher ÷ lower lies in [low, high]; high may be Infinity. */
  low: number;
  high: number;
  approximate: boolean;
}

/** Each side's position given the claims made so far (`current`: claims not yet replaced). */
export function sideFigures(index: PackIndex, current: readonly Claim[], sides: readonly Side[]): SideFigure[] {
  return sides.map((side) => {
    const own = current.filter((c) => sideOf(index, c.claimant) === side);
    const figures = own
      .filter((c) => intervalOf(c))
      .sort((a, b) => intervalOf(b)!.stated - intervalOf(a)!.stated || b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
    const headline = figures[0];
    const result: SideFigure = { side, others: figures.slice(1) };
    if (headline) {
      result.headline = headline;
      result.interval = intervalOf(headline);
    } else {
      const denial = own.find((c) => c.kind === 'denial');
      if (denial) result.denial = denial;
    }
    return result;
  });
}

export function ratioBetween(a: { side: Side; interval: Interval }, b: { side: Side; interval: Interval }): Ratio | undefined {
  const [hi, lo] = b.interval.stated > a.interval.stated ? [b, a] : [a, b];
  if (hi.interval.stated === 0) return undefined;
  const low = lo.interval.high === Infinity ? 0 : hi.interval.low / lo.interval.high;
  const high = lo.interval.low === 0 ? Infinity : hi.interval.high / lo.interval.low;
  return { higher: hi.side, lower: lo.side, low, high, approximate: hi.interval.approximate || lo.interval.approximate };
}

/** Ratios between every pair of sides that gave a figure, pairs in SIDE_ORDER. */
export function ratiosOf(figures: readonly SideFigure[]): Ratio[] {
  const withFigure = figures.filter((f): f is SideFigure & { interval: Interval } => f.interval !== undefined);
  const out: Ratio[] = [];
  for (let i = 0; i < withFigure.length; i++) {
    for (let j = i + 1; j < withFigure.length; j++) {
      const r = ratioBetween(withFigure[i]!, withFigure[j]!);
      if (r) out.push(r);
    }
  }
  return out;
}

/** One decimal below 100 ("≈1.0×" keeps 30 vs 29 from reading as identical), whole numbers above. */
function trim(n: number): string {
  if (n >= 100) return n.toFixed(0);
  return n < 10 ? n.toFixed(1) : n.toFixed(1).replace(/\.0$/, '');
}

const floorTo = (n: number) => (n >= 100 ? Math.floor(n) : Math.floor(n * 10) / 10);
const ceilTo = (n: number) => (n >= 100 ? Math.ceil(n) : Math.ceil(n * 10) / 10);

/**
 * "≈2.5×", "at least 22.2×", "up to 27.5×", "1.2–1.5×". Bounds round outwards, so "at least" and "up to"
 * stay true; an exact ratio that had to be rounded gets "≈".
 */
export function formatRatio(r: Pick<Ratio, 'low' | 'high' | 'approximate'>): string {
  const { low, high } = r;
  if (high === Infinity && low <= 0) return t('ratioNone');
  const times = (shown: string, approximate: boolean) => t('ratioTimes', approximate ? t('ratioApprox', shown) : shown);
  // As many decimals as `trim` kept ("2.0×" stays "2.0×"), in the reader's digits.
  const number = (n: string) => formatNumber(Number(n), { fractionDigits: n.split('.')[1]?.length ?? 0 });
  if (low === high) {
    const shown = trim(low);
    return times(number(shown), r.approximate || Number(shown) !== low);
  }
  const approximate = Boolean(r.approximate);
  if (high === Infinity) return t('ratioAtLeast', times(number(trim(floorTo(low))), approximate));
  if (low <= 0) return t('ratioUpTo', times(number(trim(ceilTo(high))), approximate));
  return times(t('figureRange', [number(trim(floorTo(low))), number(trim(ceilTo(high)))]), approximate);
}

/** "the Afghan side's figure is ≈2.5× the Pakistan side's" without taking either side's view. */
export function describeRatio(r: Ratio, sideName: (side: Side) => string): string {
  const text = formatRatio(r);
  const sides = [sideName(r.higher), sideName(r.lower)];
  if (r.high === Infinity && r.low <= 0) return t('ratioDescribeNone', [...sides, text]);
  return t('ratioDescribe', [sides[0]!, text, sides[1]!]);
}

export interface DivergenceStep {
  date: string;
  /** The claim made at this step. */
  claim: Claim;
  /** The earlier figure it replaced, if any. */
  replaced?: Claim;
  figures: SideFigure[];
  ratios: Ratio[];
}

/**
 * The gap after each claim, in the order the claims were made: a revised figure replaces the one it
 * supersedes from that step on (Kabul's "at least 15" gives way to "58"; Tarar's tallies rise daily).
 */
export function divergenceSeries(index: PackIndex, group: ComparisonGroup): DivergenceStep[] {
  const made: Claim[] = [];
  const steps: DivergenceStep[] = [];
  const inGroup = new Set(group.claims.map((c) => c.id));
  for (const claim of group.claims) {
    made.push(claim);
    const replacedIds = new Set(made.filter((c) => c.supersededBy && made.some((m) => m.id === c.supersededBy)).map((c) => c.id));
    const current = made.filter((c) => !replacedIds.has(c.id));
    const replaced = made.find((c) => c.supersededBy === claim.id && inGroup.has(c.id));
    const figures = sideFigures(index, current, group.sides);
    steps.push({ date: claim.date, claim, ...(replaced ? { replaced } : {}), figures, ratios: ratiosOf(figures) });
  }
  return steps;
}

export interface Disagreement {
  eventId: string;
  eventTitle: string;
  eventDate: string;
  eventEndDate?: string;
  group: ComparisonGroup;
  steps: DivergenceStep[];
  /** The position after the last claim. */
  latest: DivergenceStep;
}

/**
 * For each event marked as a key disagreement, the figures that two or more sides gave (or one side gave
 * and another denied). `claims` narrows the claims considered (the filters); the default is all.
 */
export function keyDisagreements(
  index: PackIndex,
  events: readonly string[],
  claimFilter: (c: Claim) => boolean = () => true,
): Disagreement[] {
  const out: Disagreement[] = [];
  for (const eventId of events) {
    const event = index.events.get(eventId);
    if (!event?.disagreement) continue;
    const claims = (index.claimsByEvent.get(eventId) ?? []).filter(claimFilter);
    for (const group of comparisonGroups(index, claims)) {
      if (group.sides.length < 2) continue;
      const steps = divergenceSeries(index, group);
      out.push({
        eventId,
        eventTitle: event.title,
        eventDate: event.date,
        ...(event.endDate ? { eventEndDate: event.endDate } : {}),
        group,
        steps,
        latest: steps.at(-1)!,
      });
    }
  }
  return out;
}

export function claimantOf(index: PackIndex, claim: Claim): string {
  return entityName(index, claim.claimant);
}
