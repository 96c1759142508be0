/**
 * npx tsx scripts/tune-misses.ts [lang] [--gate] [--figures] [--template]
 * npx tsx scripts/tune-misses.ts --scores
 * CORPUS_HELD_OUT=26,27 npx tsx scripts/tune-misses.ts …   (leaves those rounds' tune halves out too)
 *
 * The engine's misses on the corpus's TUNE split, one by one, to tune from: gate errors with their features,
 * and figures expected but not found (with the candidates read near them) or found but not expected. `--scores`
 * prints the tune split's aggregate scores instead (simple and templated, per language). The test split is never
 * read here: it is only ever scored, in aggregate (tests/unit/engine/corpus.test.ts).
 */
import { loadRuntimePack, htmlDocument } from './scan';
import { scanDocument } from '../lib/engine/scan';
import { findFigureCandidates } from '../lib/engine/figures';
import { normalizeText } from '../lib/text/normalize';
import { featuresOf } from './learn-gate';
import { loadCorpus } from '../tests/support/corpus';
import { renderInTemplate, renderSimple } from '../tests/support/templates';
import { report, scoreArticle } from '../tests/support/corpus-score';

const args = process.argv.slice(2);
const lang = args.find((a) => !a.startsWith('--'));
const showGate = !args.includes('--figures');
const showFigures = !args.includes('--gate');
/** Inside a real site's template (as the corpus test's second half reads it) instead of a simple page. */
const templated = args.includes('--template');

/** Rounds held out of this tuning: a fresh round kept to score the tuned engine on, which the tuner must not see. */
const heldOut = new Set((process.env.CORPUS_HELD_OUT ?? '').split(',').filter(Boolean).map(Number));
const tuneArticles = () => loadCorpus().filter((a) => a.split === 'tune' && !heldOut.has(a.round ?? 0));

const pack = await loadRuntimePack();
if (args.includes('--scores')) {
  process.env.CORPUS_SPLITS = 'tune';
  const tune = tuneArticles();
  for (const rendering of ['simple', 'template'] as const)
    console.log(
      report(
        rendering,
        tune.map((a) => scoreArticle(a, pack, rendering)),
      ).join('\n'),
    );
  process.exit(0);
}
for (const article of tuneArticles().filter((a) => !lang || a.lang === lang)) {
  const html = templated ? renderInTemplate(article).html : renderSimple(article);
  const doc = htmlDocument(html);
  const result = scanDocument(doc.blocks, doc.meta, pack);
  if (showGate && result.relevant !== article.relevant) {
    console.log(`GATE ${article.relevant ? 'FN' : 'FP'} ${article.id} (${article.kind}) score ${result.score} ${result.reason}`);
    console.log('  ', JSON.stringify(featuresOf(pack, html)));
    console.log('  ', article.headline);
  }
  if (!showFigures) continue;
  const expected = new Set(article.figures.map((f) => `${f.value}|${f.claimId}`));
  const got = new Set(result.figures.map((f) => `${f.value}|${f.claimId}`));
  for (const f of article.figures) {
    if (got.has(`${f.value}|${f.claimId}`)) continue;
    const para = article.paragraphs.find((p) => p.includes(f.text)) ?? article.headline;
    const norm = normalizeText(para);
    const cands = findFigureCandidates(norm)
      .map((c) => `${c.value}/${c.unit}/${c.noun ?? '-'}/${c.side ?? '-'}`)
      .join(' ');
    console.log(
      `FIG FN ${article.id} [${article.relevant ? 'rel' : 'neg'}${result.relevant ? '' : ', gate off'}] ${f.value} ${f.claimId} «${f.text}»`,
    );
    console.log(`   cands: ${cands}`);
    console.log(`   ${para}`);
  }
  for (const f of result.figures) {
    if (expected.has(`${f.value}|${f.claimId}`)) continue;
    console.log(`FIG FP ${article.id} ${f.value} ${f.claimId} «${f.text}» conf ${f.confidence}`);
    console.log(`   ${doc.blocks[f.block]!.text}`);
  }
}
