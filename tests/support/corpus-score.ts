/**
 * Scores the engine on the unseen-article corpus, as `npm run scan` reads an .html file: each article rendered
 * as a simple page, or inside a real site's template (tests/support/templates.ts), then extracted and scanned.
 * Only aggregate numbers leave this module unless a caller asks for the failures of the `tune` split.
 */
import { htmlDocument } from '../../scripts/scan';
import { scanDocument } from '../../lib/engine/scan';
import type { RuntimePack } from '../../lib/pack/runtime-types';
import type { ScanResult } from '../../lib/engine/types';
import type { CorpusArticle, Split } from './corpus';
import { renderInTemplate, renderSimple } from './templates';

export type Rendering = 'simple' | 'template';

export interface ArticleOutcome {
  id: string;
  lang: string;
  split: Split;
  kind: string;
  expected: boolean;
  got: boolean;
  result: ScanResult;
  /** `value|claimId` pairs. */
  expectedFigures: Set<string>;
  gotFigures: Set<string>;
  /** For a templated page: the template's name. */
  template?: string;
  /** Share of the article's paragraphs that extraction found (1 for a simple page, unless extraction fails). */
  extracted: number;
}

export interface Scores {
  n: number;
  gate: { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number; f1: number };
  figures: { tp: number; fp: number; fn: number; precision: number; recall: number };
  /** Mean share of article paragraphs extraction found. */
  extracted: number;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function scoreArticle(article: CorpusArticle & { split: Split }, pack: RuntimePack, rendering: Rendering): ArticleOutcome {
  let html: string;
  let template: string | undefined;
  if (rendering === 'simple') html = renderSimple(article);
  else ({ html, name: template } = renderInTemplate(article));
  const doc = htmlDocument(html);
  const result = scanDocument(doc.blocks, doc.meta, pack);
  const text = squash(doc.blocks.map((b) => b.text).join(' \n '));
  const found = article.paragraphs.filter((p) => text.includes(squash(p))).length;
  const outcome: ArticleOutcome = {
    id: article.id,
    lang: article.lang,
    split: article.split,
    kind: article.kind,
    expected: article.relevant,
    got: result.relevant,
    result,
    expectedFigures: new Set(article.figures.map((f) => `${f.value}|${f.claimId}`)),
    gotFigures: new Set(result.figures.map((f) => `${f.value}|${f.claimId}`)),
    extracted: article.paragraphs.length ? found / article.paragraphs.length : 1,
  };
  if (template) outcome.template = template;
  return outcome;
}

export function aggregate(outcomes: readonly ArticleOutcome[]): Scores {
  const gate = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const figures = { tp: 0, fp: 0, fn: 0 };
  let extracted = 0;
  for (const o of outcomes) {
    if (o.expected && o.got) gate.tp++;
    else if (o.got) gate.fp++;
    else if (o.expected) gate.fn++;
    else gate.tn++;
    for (const f of o.gotFigures) o.expectedFigures.has(f) ? figures.tp++ : figures.fp++;
    for (const f of o.expectedFigures) if (!o.gotFigures.has(f)) figures.fn++;
    extracted += o.extracted;
  }
  const ratio = (a: number, b: number): number => (b ? a / b : 1);
  const precision = ratio(gate.tp, gate.tp + gate.fp);
  const recall = ratio(gate.tp, gate.tp + gate.fn);
  return {
    n: outcomes.length,
    gate: { ...gate, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 },
    figures: { ...figures, precision: ratio(figures.tp, figures.tp + figures.fp), recall: ratio(figures.tp, figures.tp + figures.fn) },
    extracted: outcomes.length ? extracted / outcomes.length : 1,
  };
}

export function formatScores(label: string, s: Scores): string {
  const f = (x: number): string => x.toFixed(3);
  return (
    `${label.padEnd(26)} n ${String(s.n).padStart(3)}  gate P ${f(s.gate.precision)} R ${f(s.gate.recall)} F1 ${f(s.gate.f1)}` +
    ` (TP ${s.gate.tp} FP ${s.gate.fp} FN ${s.gate.fn} TN ${s.gate.tn})  figures P ${f(s.figures.precision)} R ${f(s.figures.recall)}` +
    ` (TP ${s.figures.tp} FP ${s.figures.fp} FN ${s.figures.fn})  extracted ${f(s.extracted)}`
  );
}

/**
 * Per split, per split and language, as lines. `CORPUS_SPLITS=tune` leaves the test split out: while tuning, its
 * numbers are looked at only a counted number of times, and the unit project is run far more often than that.
 */
export function report(rendering: Rendering, outcomes: readonly ArticleOutcome[]): string[] {
  const lines: string[] = [];
  const splits = process.env.CORPUS_SPLITS === 'tune' ? (['tune'] as const) : (['tune', 'test'] as const);
  for (const split of splits) {
    const inSplit = outcomes.filter((o) => o.split === split);
    lines.push(formatScores(`${rendering} ${split}`, aggregate(inSplit)));
    for (const lang of ['en', 'ur', 'ps', 'fa'])
      lines.push(formatScores(`  ${rendering} ${split} ${lang}`, aggregate(inSplit.filter((o) => o.lang === lang))));
  }
  return lines;
}
