/**
 * npx tsx scripts/learn-gate.ts [--dry]
 * npx tsx scripts/learn-gate.ts --cv
 *
 * Learns the page gate's weights on the corpus's TUNE split only (tests/fixtures/corpus, split by
 * tests/support/corpus.ts), and writes the pack's `gate` block (the last key of data/afpak-2025-26.json): the two
 * parties and the topic words from scripts/gate/vocabulary.json, and the weights.
 *
 * Every tune article is read twice, as a simple page and inside a real site's template, exactly as `npm run scan`
 * reads an .html file. The model is a logistic regression on the features of lib/engine/gate-features.ts, with
 * an L2 penalty and signs held where they mean something (evidence never counts against a page; a missing
 * date never counts for it). The test split is never read here.
 *
 * `--cv` writes nothing: it scores the model on tune articles it was not fitted on, one corpus round at a time (each
 * round is fitted on every other round's tune articles and scored on its own), for a few penalties, with and without
 * balanced classes. A round's articles come from stories other rounds did not tell, so this is the nearest the tune
 * split comes to unseen text: what to choose the penalty by, since the fit on all of tune only says how well it learned.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { aliasKey, compilePack } from '../lib/pack/compile';
import { validatePack, formatError } from '../lib/pack/validate';
import type { GateSpec, Pack } from '../lib/pack/schema';
import type { RuntimePack } from '../lib/pack/runtime-types';
import { beforeWindow, resolveStrength } from '../lib/engine/gate';
import { FEATURES, gateFeatures, hasSignature, type Feature, type GateFeatures } from '../lib/engine/gate-features';
import { findMentions, prepareText } from '../lib/engine/mentions';
import { findFigures } from '../lib/engine/scan';
import { htmlDocument } from './scan';
import { loadCorpus } from '../tests/support/corpus';
import { renderInTemplate, renderSimple, templateNames } from '../tests/support/templates';

const ROOT = path.resolve(import.meta.dirname, '..');
const PACK_FILE = path.join(ROOT, 'data/afpak-2025-26.json');
const VOCABULARY = path.join(ROOT, 'scripts/gate/vocabulary.json');

export interface Vocabulary {
  parties: [string[], string[]];
  terms: Record<string, string>;
  context: Record<string, string>;
  partyWords: [Record<string, string>, Record<string, string>];
  /** Words that name both parties at once ("Pak-Afghan"). */
  bothParties: Record<string, string>;
}

/** Evidence against the topic: its weight may not go above 0. Every other feature is evidence for it (never below 0). */
const NON_POSITIVE: Feature[] = ['undated', 'undatedEarlierMonth', 'undatedEarlierOffice', 'undatedNoWindow'];
const NON_NEGATIVE: Feature[] = FEATURES.filter((f) => !NON_POSITIVE.includes(f));

export function gateSpec(weights: Record<string, number>): GateSpec {
  const vocabulary = JSON.parse(readFileSync(VOCABULARY, 'utf8')) as Vocabulary;
  const terms: GateSpec['terms'] = [];
  for (const [lang, words] of Object.entries(vocabulary.terms))
    for (const text of words.split('|')) terms.push({ text, lang: lang as GateSpec['terms'][number]['lang'] });
  for (const [lang, words] of Object.entries(vocabulary.context))
    for (const text of words.split('|')) terms.push({ text, lang: lang as GateSpec['terms'][number]['lang'], context: true });
  vocabulary.partyWords.forEach((byLang, party) => {
    for (const [lang, words] of Object.entries(byLang))
      for (const text of words.split('|')) terms.push({ text, lang: lang as GateSpec['terms'][number]['lang'], party: party as 0 | 1 | 2 });
  });
  for (const [lang, words] of Object.entries(vocabulary.bothParties))
    for (const text of words.split('|')) terms.push({ text, lang: lang as GateSpec['terms'][number]['lang'], party: 2 });
  const hiding = terms.filter(hidesName(vocabulary));
  if (hiding.length)
    throw new Error(`scripts/gate/vocabulary.json: words that hide a name: ${hiding.map((t) => `${t.lang} ${t.text}`).join(', ')}`);
  return { parties: vocabulary.parties, terms, weights };
}

/**
 * Does a gate word hide a name? The words ride in the names' one pattern, where the longest match wins, so a word
 * that holds a name ("Afghan forces", Pashto "د افغانستان", Urdu "طورخم بارڈر") leaves its entity uncounted, and a
 * name that is strong only beside it (ISPR beside an Afghan name) weak. A party word marks nothing its own party's
 * name does not mark already; a word of both parties is needed only when it does not hold both names ("Pak-Afghan").
 */
export function hidesName(vocabulary: Pick<Vocabulary, 'parties' | 'partyWords'>): (term: GateSpec['terms'][number]) => boolean {
  const raw = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack;
  const keysOf = (ids?: string[]): string[] =>
    raw.entities.filter((e) => !ids || ids.includes(e.id)).flatMap((e) => e.names.map((n) => aliasKey(n.text)));
  // A party's marks: its entities' names and its party words.
  const own = vocabulary.parties.map((ids, party) => [
    ...keysOf(ids),
    ...Object.values(vocabulary.partyWords[party] ?? {}).flatMap((words) => words.split('|').map(aliasKey)),
  ]);
  const all = [...keysOf(), ...own.flat()];
  const holds = (key: string, names: string[]): boolean => names.some((n) => n !== key && ` ${key} `.includes(` ${n} `));
  return (term) => {
    const key = aliasKey(term.text);
    return term.party === 2 ? holds(key, own[0]!) && holds(key, own[1]!) : holds(key, all);
  };
}

function packWith(gate: GateSpec): RuntimePack {
  const raw = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack;
  raw.gate = gate;
  const result = validatePack(raw, PACK_FILE);
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return compilePack(result.pack);
}

export interface Sample {
  id: string;
  /** The corpus round that added the article ('early' before rounds were numbered). */
  round: string;
  rendering: 'simple' | 'template';
  y: 0 | 1;
  x: GateFeatures;
}

/** The gate's features for one page, figures counted whatever the score (the gate counts them for near misses). */
export function featuresOf(pack: RuntimePack, html: string): GateFeatures | 'before-window' | 'no-mention' {
  const doc = htmlDocument(html);
  if (beforeWindow(doc.meta, pack)) return 'before-window';
  const prepared = prepareText(doc.blocks);
  const mentions = findMentions(pack, prepared);
  if (mentions.length === 0) return 'no-mention';
  resolveStrength(pack, mentions);
  const figures = findFigures(pack, doc.blocks, doc.meta, prepared, mentions).length;
  return gateFeatures(pack, { blocks: doc.blocks, meta: doc.meta, mentions, prepared, matchedFigures: figures }).features;
}

function fit(samples: Sample[], lambda = 0.002, balanced = process.env.BALANCED === '1', steps = 6000, rate = 0.2): Record<string, number> {
  const w: Record<string, number> = { bias: 0 };
  for (const f of FEATURES) w[f] = 0;
  // Each class weighs half: the tune split has more relevant pages than negatives.
  const pos = samples.filter((s) => s.y === 1).length;
  const neg = samples.length - pos;
  const classWeight = (y: number): number => (balanced ? (y === 1 ? samples.length / (2 * pos) : samples.length / (2 * neg)) : 1);
  for (let step = 0; step < steps; step++) {
    const grad: Record<string, number> = { bias: 0 };
    for (const f of FEATURES) grad[f] = 0;
    for (const s of samples) {
      let z = w.bias!;
      for (const f of FEATURES) z += w[f]! * s.x[f];
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - s.y) * classWeight(s.y);
      grad.bias! += g;
      for (const f of FEATURES) grad[f]! += g * s.x[f];
    }
    w.bias! -= (rate * grad.bias!) / samples.length;
    for (const f of FEATURES) {
      w[f]! -= rate * (grad[f]! / samples.length + lambda * w[f]!);
      if (NON_NEGATIVE.includes(f)) w[f] = Math.max(0, w[f]!);
      if (NON_POSITIVE.includes(f)) w[f] = Math.min(0, w[f]!);
    }
  }
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(w)) if (Math.abs(v) >= 0.005) out[k] = Math.round(v * 100) / 100;
  return out;
}

/** The pack file with its `gate` block replaced (or added as the last key), everything before it untouched. */
function writeGate(gate: GateSpec): void {
  const text = readFileSync(PACK_FILE, 'utf8');
  const at = text.indexOf('\n  "gate": {');
  const body = JSON.stringify(gate, null, 2).replace(/\n/g, '\n  ');
  let out: string;
  if (at >= 0) out = `${text.slice(0, at)}\n  "gate": ${body}\n}\n`;
  else {
    const end = text.lastIndexOf('}');
    out = `${text.slice(0, end).replace(/\s*$/, '')},\n  "gate": ${body}\n}\n`;
  }
  writeFileSync(PACK_FILE, out);
}

interface Fixed {
  id: string;
  round: string;
  y: 0 | 1;
  why: string;
}

export function tuneSamples(pack: RuntimePack): { samples: Sample[]; fixed: Fixed[] } {
  const samples: Sample[] = [];
  const fixed: Fixed[] = [];
  const withTemplates = templateNames().length > 0;
  for (const article of loadCorpus().filter((a) => a.split === 'tune')) {
    const renders: [Sample['rendering'], string][] = [['simple', renderSimple(article)]];
    if (withTemplates) renders.push(['template', renderInTemplate(article).html]);
    const round = String(article.round ?? 'early');
    for (const [rendering, html] of renders) {
      const x = featuresOf(pack, html);
      const y = article.relevant ? 1 : 0;
      if (typeof x === 'string') fixed.push({ id: `${article.id} (${rendering})`, round, y, why: x });
      else if (!hasSignature(x)) fixed.push({ id: `${article.id} (${rendering})`, round, y, why: 'no-signature' });
      else samples.push({ id: article.id, round, rendering, y, x });
    }
  }
  return { samples, fixed };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Pages the weights decide, and pages decided before them (no name, no signature: never relevant). */
function count(
  weights: Record<string, number>,
  samples: readonly Sample[],
  fixed: readonly Fixed[],
  into: Counts = { tp: 0, fp: 0, fn: 0 },
): Counts {
  for (const s of samples) {
    let z = weights.bias ?? 0;
    for (const f of FEATURES) z += (weights[f] ?? 0) * s.x[f];
    if (z >= 0 && s.y) into.tp++;
    else if (z >= 0) into.fp++;
    else if (s.y) into.fn++;
  }
  into.fn += fixed.filter((f) => f.y === 1).length;
  return into;
}

function scores({ tp, fp, fn }: Counts): string {
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  return `P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (TP ${tp} FP ${fp} FN ${fn})`;
}

/** Leave one round out: fitted on every other round's tune articles, scored on this round's (see the header). */
function crossValidate(samples: readonly Sample[], fixed: readonly Fixed[]): void {
  const rounds = [...new Set([...samples, ...fixed].map((s) => s.round))].sort();
  for (const balanced of [false, true])
    for (const lambda of [0.0005, 0.002, 0.008, 0.03]) {
      const held: Counts = { tp: 0, fp: 0, fn: 0 };
      for (const round of rounds) {
        const weights = fit(
          samples.filter((s) => s.round !== round),
          lambda,
          balanced,
        );
        count(
          weights,
          samples.filter((s) => s.round === round),
          fixed.filter((f) => f.round === round),
          held,
        );
      }
      const all = count(fit([...samples], lambda, balanced), samples, fixed);
      console.log(`lambda ${lambda}${balanced ? ' balanced' : ''}: held-out rounds ${scores(held)}; fitted on all ${scores(all)}`);
    }
}

function main(): void {
  const dry = process.argv.includes('--dry');
  const spec = gateSpec({ bias: 0 });
  const pack = packWith(spec);
  const { samples, fixed } = tuneSamples(pack);
  if (process.argv.includes('--cv')) return crossValidate(samples, fixed);
  const weights = fit(samples);
  console.log(JSON.stringify(weights));
  console.log(`tune (simple + template): ${samples.length + fixed.length} pages; ${scores(count(weights, samples, fixed))}`);
  if (!dry) writeGate({ ...spec, weights });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
