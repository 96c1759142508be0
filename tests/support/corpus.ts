/**
 * The unseen-article corpus (tests/fixtures/corpus): articles written for ClaimLens in our own words, each from a
 * different real article, labelled by hand. The split into `tune` and `test` is a fixed function of the source
 * URL, committed before any engine change was tuned on it: the engine may be tuned on `tune` only, and `test` is only
 * ever scored.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const CORPUS_DIR = path.resolve(import.meta.dirname, '../fixtures/corpus');

export type Split = 'tune' | 'test';

export interface CorpusFigure {
  /** The claim's value (lower bound for a range). */
  value: number;
  /** The figure phrase as written in the article (a locator: match on claimId + value). */
  text: string;
  claimId: string;
}

export interface CorpusArticle {
  id: string;
  lang: 'en' | 'ur' | 'ps' | 'fa';
  /** The real article this one was written from (never copied): its address decides the split. */
  source: { url: string; outlet: string; published: string | null };
  /** hard-news, diplomacy, trade, refugees, human-interest, sport, opinion, live-blog, brief, analysis, negative */
  kind: string;
  relevant: boolean;
  /** The date a page shows in its metadata, or null for a page with no machine-readable date. */
  published: string | null;
  headline: string;
  paragraphs: string[];
  figures: CorpusFigure[];
  notes?: string;
  /**
   * The round of writing that added the article (from round eight on). A round's articles are written from fresh
   * real articles and committed before the engine is changed, so its test-split articles give an unseen score
   * (scripts/score-round.ts) before that round's tuning, on text no earlier round was tuned or scored on.
   */
  round?: number;
}

/** 60% tune, 40% test, by a hash of the source URL: stable, and blind to the article's content. */
export function splitOf(sourceUrl: string): Split {
  const h = createHash('sha256').update(sourceUrl.trim()).digest();
  return h.readUInt32BE(0) % 10 < 6 ? 'tune' : 'test';
}

export function loadCorpus(dir = CORPUS_DIR): (CorpusArticle & { split: Split; file: string })[] {
  if (!existsSync(dir)) return [];
  const out: (CorpusArticle & { split: Split; file: string })[] = [];
  for (const lang of readdirSync(dir).sort()) {
    const sub = path.join(dir, lang);
    if (!/^(en|ur|ps|fa)$/.test(lang)) continue;
    for (const f of readdirSync(sub).sort()) {
      if (!f.endsWith('.json')) continue;
      const file = path.join(sub, f);
      const a = JSON.parse(readFileSync(file, 'utf8')) as CorpusArticle;
      out.push({ ...a, split: splitOf(a.source.url), file });
    }
  }
  return out;
}
