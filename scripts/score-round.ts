/**
 * npx tsx scripts/score-round.ts <round>    (CORPUS_SPLITS=tune: the tune split only, for use while tuning)
 *
 * The engine's aggregate scores on the corpus articles of one writing round (`"round": N` in their JSON), per split,
 * rendering and language. Run once on a round's test articles before that round's tuning starts, it is an unseen
 * score in the strict sense: text that no earlier round was tuned on or scored on. Aggregates only: no article of
 * the test split is ever shown one by one (scripts/tune-misses.ts shows tune misses).
 */
import { loadRuntimePack } from './scan';
import { loadCorpus } from '../tests/support/corpus';
import { aggregate, formatScores, scoreArticle } from '../tests/support/corpus-score';

const round = Number(process.argv[2]);
if (!Number.isInteger(round)) {
  console.error('usage: npx tsx scripts/score-round.ts <round>');
  process.exit(2);
}
const articles = loadCorpus().filter((a) => a.round === round);
if (!articles.length) {
  console.error(`no corpus article has "round": ${round}`);
  process.exit(1);
}
const pack = await loadRuntimePack();
for (const rendering of ['simple', 'template'] as const) {
  const outcomes = articles.map((a) => scoreArticle(a, pack, rendering));
  for (const split of process.env.CORPUS_SPLITS === 'tune' ? (['tune'] as const) : (['tune', 'test'] as const)) {
    const inSplit = outcomes.filter((o) => o.split === split);
    console.log(formatScores(`round ${round} ${rendering} ${split}`, aggregate(inSplit)));
    for (const lang of ['en', 'ur', 'ps', 'fa']) {
      const inLang = inSplit.filter((o) => o.lang === lang);
      if (inLang.length) console.log(formatScores(`  ${rendering} ${split} ${lang}`, aggregate(inLang)));
    }
  }
}
