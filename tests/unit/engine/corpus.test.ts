/**
 * The engine on articles it was never tuned on (issue #12). Every corpus article (tests/fixtures/corpus) is read as
 * `npm run scan` reads an .html file, twice: as a simple page, and inside a real news site's template
 * (tests/support/templates.ts, from ../shared). Gate precision/recall/F1 and figure precision/recall are printed
 * per split and per language; the TEST split, never tuned on, is held to the levels below.
 *
 * Targets of the issue: gate F1 ≥ 0.95, figure precision ≥ 0.98, figure recall ≥ 0.90. Where the engine does not
 * reach one, the assertion holds the level it reached (minus a small margin, so that a corpus article added later
 * does not fail it by one page) and says so: see TEST_FLOORS and the README's "Engine quality".
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRuntimePack } from '../../../scripts/scan';
import type { RuntimePack } from '../../../lib/pack/runtime-types';
import { loadCorpus } from '../../support/corpus';
import { aggregate, report, scoreArticle, type ArticleOutcome } from '../../support/corpus-score';
import { READABILITY_DIR, templateNames } from '../../support/templates';

const corpus = loadCorpus();
const shared = existsSync(READABILITY_DIR);
if (!shared && process.env.CI === 'true')
  throw new Error(`../shared is missing (${READABILITY_DIR}): the templated corpus cannot run in CI`);
if (!shared) console.warn(`readability templates not found at ${READABILITY_DIR}: the templated half of the corpus test is skipped`);

/**
 * What the test split must keep. `target` is the issue's; `floor` what is asserted. A floor below its target means
 * the target was not reached: it is the level measured on the test split when the engine was last tuned, minus a
 * margin of about one article's worth.
 */
const TEST_FLOORS_UP_TO_EIGHT = {
  // Measured at the end of round two (2026-12-03, 140 test articles): gate F1 0.925, figures P 0.980 R 0.770; after
  // the Urdu, Pashto and Dari names of pack 1.1.0 (issue #12): gate F1 0.925, figures P 0.981 R 0.802. Round three
  // (pack 1.2.0, measured once in the middle and once at the end): gate F1 0.931, figures P 0.973 R 0.857. Round
  // four (precision first; measured once in the middle and once at the end, the same both times): 0.941, 0.982, 0.857.
  // Round five (30 new Pashto and Dari articles, 8 of them in test: 148 test articles; measured once, at the end):
  // 0.939, 0.982, 0.858. The floors stay where the new articles put the level (gate F1 fell by 0.002).
  // Round six (30 new English and Urdu articles, 13 of them in test: 161 test articles; measured once, at the end):
  // 0.932, 0.975, 0.832. The drop is the new articles', not the engine's: on the 148 test articles of round five the
  // round-six engine scores 0.939, 0.982, 0.858, exactly what the round-five engine scores there (both measured by
  // the lead, aggregates only). The new test articles are harder (Urdu figure recall 0.882 -> 0.759). So the floors
  // follow the larger set (measured level less about one article), and the note says so: nothing was tuned on test.
  // Round seven (an undated page's own dates as gate evidence; measured once, at the end): 0.936, 0.975, 0.832. The
  // gate F1 floor stays at 0.93: one article less would be 0.932.
  // Round eight (40 new articles, 20 of them in test: 181 test articles; measured once, at the end): 0.934, 0.973,
  // 0.850. The recall floor rises to 0.835 (two figures less would be 0.838); the gate F1 floor stays.
  // Round nine (undated pages need evidence of the window; measured once, at the end, on these 181 articles): 0.959,
  // 0.973, 0.862. The gate F1 target is reached; its floor rises to 0.95 (one article less would be 0.956), the
  // recall floor to 0.85 (two figures less would be 0.851).
  // Round ten (figure rules tuned on round ten's tune articles; measured once, at the end, on these 181): 0.959,
  // 0.980, 0.868. The figure precision target is reached on these articles (not on the whole corpus); the recall floor
  // rises to 0.855 (two figures less would be 0.856).
  simple: {
    gateF1: { target: 0.95, floor: 0.95 },
    figurePrecision: { target: 0.98, floor: 0.97 },
    figureRecall: { target: 0.9, floor: 0.855 },
  },
  // Templated: gate F1 0.919, figures P 0.979 R 0.738; after the names: 0.919, 0.980, 0.770; round three: 0.925,
  // 0.972, 0.825; round four: 0.931, 0.981, 0.825; round five: 0.925, 0.981, 0.827; round six (161 articles): 0.918,
  // 0.975, 0.804: the gate F1 and recall floors follow the larger set, as above. Round seven: 0.922, 0.975, 0.804; the
  // gate F1 floor rises to 0.915 (one article less would be 0.918). Round eight (181 articles): 0.922, 0.972, 0.826;
  // the recall floor rises to 0.81 (three figures less would be 0.808). Round nine: 0.954, 0.972, 0.838; the gate F1
  // floor rises to 0.945 (one article less would be 0.950), the recall floor to 0.825. Round ten: 0.954, 0.979,
  // 0.844; the recall floor rises to 0.83 (two figures less would be 0.832).
  template: {
    gateF1: { target: 0.95, floor: 0.945 },
    figurePrecision: { target: 0.98, floor: 0.97 },
    figureRecall: { target: 0.9, floor: 0.83 },
  },
} as const;

/**
 * Round nine added 40 articles (19 in test), written from fresh real articles and scored once before any tuning on
 * them. Its negatives were chosen hard on purpose (undated earlier border episodes told with the same names), and
 * the whole corpus's level fell with them: test split, simple 0.934 / 0.964 / 0.856 (200 articles), templated
 * 0.923 / 0.969 / 0.834. These floors hold the whole corpus at that level less about one article; the floors above
 * still hold rounds one to eight. After the round's tuning (on `tune` only; `test` read once, at the end): simple
 * 0.959 / 0.964 / 0.866, templated 0.956 / 0.969 / 0.845: the gate F1 target is reached in both, and the floors rise.
 * After round ten's tuning (test read once, at the end), on these 200: simple 0.959 / 0.970 / 0.872, templated 0.956 /
 * 0.975 / 0.850; the precision floors rise to 0.96 / 0.965 (one false figure more would be 0.965 / 0.970), the simple
 * recall floor to 0.86 (two figures less would be 0.861).
 */
const TEST_FLOORS_UP_TO_NINE = {
  simple: {
    gateF1: { target: 0.95, floor: 0.95 },
    figurePrecision: { target: 0.98, floor: 0.96 },
    figureRecall: { target: 0.9, floor: 0.86 },
  },
  template: {
    gateF1: { target: 0.95, floor: 0.945 },
    figurePrecision: { target: 0.98, floor: 0.965 },
    figureRecall: { target: 0.9, floor: 0.835 },
  },
} as const;

/**
 * Round ten added 34 articles (13 in test), figure-dense on purpose (claims beside counts that are no claim: sums,
 * tallies, other events' tolls, trade values), in Urdu and Dari (18), Pashto (9) and English (7), written from fresh
 * real articles and scored once before any tuning on them (round ten alone, test: gate F1 1.000, figures P 0.917 R
 * 0.846; tune 0.938, 0.909, 0.714). The whole corpus's test split then (213 articles): simple 0.961 / 0.958 / 0.864,
 * templated 0.958 / 0.963 / 0.845. These floors hold the whole corpus at that level less about one article (two
 * figures); the floors above still hold rounds one to nine. After the round's tuning (on `tune` only; `test` read once,
 * at the end): simple 0.961 / 0.964 / 0.869, templated 0.958 / 0.968 / 0.850 (round ten's 13 alone unchanged: 1.000 /
 * 0.917 / 0.846). The precision floors rise to 0.955 / 0.96, the templated recall floor to 0.84.
 */
const TEST_FLOORS_UP_TO_TEN = {
  simple: {
    gateF1: { target: 0.95, floor: 0.95 },
    figurePrecision: { target: 0.98, floor: 0.955 },
    // After round eleven's tuning, on these 213 (test read once, at the end): simple 0.961 / 0.964 / 0.873, templated
    // 0.958 / 0.968 / 0.854; the recall floors rise to that level less two figures.
    figureRecall: { target: 0.9, floor: 0.86 },
  },
  template: {
    gateF1: { target: 0.95, floor: 0.945 },
    figurePrecision: { target: 0.98, floor: 0.96 },
    figureRecall: { target: 0.9, floor: 0.845 },
  },
} as const;

/**
 * Rounds eleven and twelve added 62 articles (17 in test), written from fresh real articles, half of round eleven and
 * a quarter of round twelve undated. Each round was scored once before any tuning on it: round eleven (test 8: gate F1
 * 0.909, figures P 1.000 R 0.600; tune 24: 0.968, 0.962, 0.658); round twelve after round eleven's tuning and never
 * tuned on (test 9: 1.000, 1.000, 0.778; tune 21: 0.923, 0.944, 0.850). The whole test split then (230 articles, read
 * once, at the end): simple 0.961 / 0.967 / 0.852, templated 0.958 / 0.971 / 0.835. These floors hold the whole corpus
 * at that level less about one article (two figures); the floors above still hold rounds one to ten.
 */
const TEST_FLOORS = {
  upToEight: TEST_FLOORS_UP_TO_EIGHT,
  upToNine: TEST_FLOORS_UP_TO_NINE,
  upToTen: TEST_FLOORS_UP_TO_TEN,
  // The whole corpus's floors until round fifteen, now held on rounds one to fourteen (259 test articles). Rounds
  // twelve to fourteen's tuning, read once at the end: simple 0.951 / 0.962 / 0.844, templated 0.948 / 0.961 / 0.829
  // (rounds one to twelve's 230: simple 0.961 / 0.971 / 0.852, precision up from 0.967).
  upToFourteen: {
    simple: {
      gateF1: { target: 0.95, floor: 0.95 },
      figurePrecision: { target: 0.98, floor: 0.955 },
      figureRecall: { target: 0.9, floor: 0.84 },
    },
    template: {
      gateF1: { target: 0.95, floor: 0.945 },
      figurePrecision: { target: 0.98, floor: 0.96 },
      figureRecall: { target: 0.9, floor: 0.825 },
    },
  },
  // Rounds thirteen to fifteen added 95 articles (40 in test), each scored once before any tuning on it; their test
  // halves, fresh: round thirteen 0.842 / 1.000 / 0.750, fourteen 0.889 / 0.778 / 0.875, fifteen 0.800 / 0.800 /
  // 1.000. The whole test split (270 articles), read once at the end of the stop: simple 0.945 / 0.959 / 0.846,
  // templated 0.942 / 0.958 / 0.832. These floors held it at that level less about one article (two figures); they were the whole corpus's
  // until round sixteen, and now hold rounds one to fifteen. Read again at the end of the next stop (rounds sixteen and
  // seventeen's tuning): the same, to the article (simple 0.945 / 0.959 / 0.846).
  upToFifteen: {
    simple: {
      gateF1: { target: 0.95, floor: 0.94 },
      figurePrecision: { target: 0.98, floor: 0.95 },
      figureRecall: { target: 0.9, floor: 0.835 },
    },
    template: {
      gateF1: { target: 0.95, floor: 0.935 },
      figurePrecision: { target: 0.98, floor: 0.95 },
      figureRecall: { target: 0.9, floor: 0.82 },
    },
  },
  // Rounds sixteen and seventeen added 63 articles (22 in test). Round sixteen was scored once before any tuning (test
  // 13: 0.857 / 0.786 / 0.611) and then tuned on its tune half only; round seventeen was held out (nobody tuned on it),
  // scored with the stop's final engine (test 9: 0.909 / 0.857 / 0.857). The whole test split (292 articles), read once
  // at the end of the stop: simple 0.939 / 0.947 / 0.836, templated 0.936 / 0.946 / 0.822. These floors held it at that
  // level less about one article (two figures); with round eighteen they hold rounds one to seventeen.
  // Figure precision floors of this set and the next: 0.94 until pack 1.2.5, now 0.935. Lowered for a change of the
  // labels, not of the engine: 1.2.5 gives Mosharraf Zaidi his own claims of 27 February 2026, so the test articles
  // that give those figures to no one, or to Zaidi where the pack has them under Tarar only, lost labels the engine
  // still partly badges (rounds one to twenty-two, simple: P 0.929 -> 0.924). This stop's engine on the old labels and
  // pack scores 0.932 there. Read at the end of the stop: simple 0.939 / 0.939, templated 0.938 / 0.938 (this set /
  // the next).
  upToSeventeen: {
    simple: {
      gateF1: { target: 0.95, floor: 0.93 },
      figurePrecision: { target: 0.98, floor: 0.935 },
      figureRecall: { target: 0.9, floor: 0.825 },
    },
    template: {
      gateF1: { target: 0.95, floor: 0.93 },
      figurePrecision: { target: 0.98, floor: 0.935 },
      figureRecall: { target: 0.9, floor: 0.815 },
    },
  },
  // Round eighteen (28 articles, 6 in test) was held out and scored once with this stop's final engine (test 6: 0.889 /
  // 1.000 / 0.500; tune 22: 0.917 / 0.857 / 0.857). The whole test split (298): simple 0.938 / 0.947 / 0.829, templated
  // 0.935 / 0.946 / 0.813. These floors held it at that level less about one article (two figures); with round
  // nineteen they hold rounds one to eighteen (read once at the end of the next stop: simple 0.935 / 0.948 / 0.832,
  // templated 0.933 / 0.947 / 0.816).
  upToEighteen: {
    simple: {
      gateF1: { target: 0.95, floor: 0.93 },
      figurePrecision: { target: 0.98, floor: 0.935 },
      figureRecall: { target: 0.9, floor: 0.82 },
    },
    template: {
      gateF1: { target: 0.95, floor: 0.93 },
      figurePrecision: { target: 0.98, floor: 0.935 },
      figureRecall: { target: 0.9, floor: 0.805 },
    },
  },
  // Round nineteen (32 articles, 13 in test) was held out and scored with the engine before and after this stop's
  // tuning, the same to the article (test 13: 0.842 / 0.667 / 0.400; tune 19: 0.846 / 0.750 / 0.600). The whole test
  // split (311), read once at the end of the stop: simple 0.931 / 0.944 / 0.825, templated 0.929 / 0.943 / 0.809. These
  // floors held it at that level less about one article (two figures); with rounds twenty to twenty-two they hold
  // rounds one to nineteen (read at the end of the next stop: simple 0.931 / 0.944 / 0.825, templated 0.929 / 0.943 /
  // 0.809, the same to the article).
  upToNineteen: {
    simple: {
      gateF1: { target: 0.95, floor: 0.925 },
      figurePrecision: { target: 0.98, floor: 0.935 },
      figureRecall: { target: 0.9, floor: 0.815 },
    },
    template: {
      gateF1: { target: 0.95, floor: 0.92 },
      figurePrecision: { target: 0.98, floor: 0.935 },
      figureRecall: { target: 0.9, floor: 0.8 },
    },
  },
  // Rounds twenty to twenty-two (96 articles, 41 in test), each scored before any tuning on it; round twenty-two was
  // held out (nobody tuned on it). Their test halves with the final engine: twenty 0.880 / 0.900 / 0.871, twenty-one
  // 0.933 / 0.000 / 1.000 (two figures, both wrong), twenty-two 0.857 / 0.667 / 1.000. The whole test split (352), read
  // at the end of the stop: simple 0.926 / 0.929 / 0.831, templated 0.922 / 0.934 / 0.817. These floors hold it at that
  // level less about one article (two figures); with rounds twenty-three and twenty-four they hold rounds one to
  // twenty-two (read at the end of the next stop, with pack 1.2.5's labels: simple 0.931 / 0.924 / 0.833, templated
  // 0.928 / 0.929 / 0.818).
  upToTwentyTwo: {
    simple: {
      gateF1: { target: 0.95, floor: 0.92 },
      figurePrecision: { target: 0.98, floor: 0.92 },
      figureRecall: { target: 0.9, floor: 0.825 },
    },
    template: {
      gateF1: { target: 0.95, floor: 0.915 },
      figurePrecision: { target: 0.98, floor: 0.925 },
      figureRecall: { target: 0.9, floor: 0.81 },
    },
  },
  // Rounds twenty-three and twenty-four (64 articles, 25 in test), each scored before any tuning on it; round
  // twenty-four was held out (nobody tuned on it). Their test halves with the final engine: twenty-three 0.875 / 1.000 /
  // 0.200, twenty-four 1.000 / 0.750 / 0.667, the same as before the stop's tuning. The whole test split (377), read at
  // the end of the stop: simple 0.932 / 0.920 / 0.820, templated 0.929 / 0.925 / 0.806; read once more after the
  // names of pack 1.2.5 (33 Arabic-script spellings of 17 entities): simple 0.936 / 0.920 / 0.820, templated 0.934 /
  // 0.925 / 0.806. These floors hold it at that level less about one article (two figures); with rounds twenty-five
  // and twenty-six they hold rounds one to twenty-four.
  upToTwentyFour: {
    simple: {
      gateF1: { target: 0.95, floor: 0.93 },
      figurePrecision: { target: 0.98, floor: 0.91 },
      figureRecall: { target: 0.9, floor: 0.81 },
    },
    template: {
      gateF1: { target: 0.95, floor: 0.925 },
      figurePrecision: { target: 0.98, floor: 0.915 },
      figureRecall: { target: 0.9, floor: 0.8 },
    },
  },
  // Rounds twenty-five and twenty-six (64 articles, 20 in test), each scored before any tuning on it; round twenty-six
  // was held out (nobody tuned on it). Their test halves with the final engine: twenty-five 0.800 / 1.000 (no badge) /
  // 0.000 (one figure), twenty-six 0.933 / 0.667 / 0.400, the same as before the stop's tuning. The whole test split
  // (397), read after the stop's second tuning: simple 0.931 / 0.923 / 0.812, templated 0.933 / 0.928 / 0.798. These
  // floors hold it at that level less about one article (two figures); with rounds twenty-seven and twenty-eight they
  // hold rounds one to twenty-six.
  upToTwentySix: {
    simple: {
      gateF1: { target: 0.95, floor: 0.925 },
      figurePrecision: { target: 0.98, floor: 0.915 },
      figureRecall: { target: 0.9, floor: 0.8 },
    },
    template: {
      gateF1: { target: 0.95, floor: 0.925 },
      figurePrecision: { target: 0.98, floor: 0.92 },
      figureRecall: { target: 0.9, floor: 0.79 },
    },
  },
  // Rounds twenty-seven and twenty-eight (64 articles, 21 in test), each scored before any tuning on it, both held out
  // (nobody tuned on them; the stop's third tuning, on round twenty-six's tune half, changed neither). Their test
  // halves: twenty-seven 0.615 / 1.000 (no badge) / — (no figure), twenty-eight 0.923 / 1.000 / 1.000. The whole test
  // split (418), read at the end of the stop: simple 0.924 / 0.924 / 0.812, templated 0.926 / 0.928 / 0.798. These
  // floors hold it at that level less about one article (two figures); with rounds twenty-nine to thirty-four they hold
  // rounds one to twenty-eight.
  upToTwentyEight: {
    simple: {
      gateF1: { target: 0.95, floor: 0.915 },
      figurePrecision: { target: 0.98, floor: 0.915 },
      figureRecall: { target: 0.9, floor: 0.8 },
    },
    template: {
      gateF1: { target: 0.95, floor: 0.92 },
      figurePrecision: { target: 0.98, floor: 0.92 },
      figureRecall: { target: 0.9, floor: 0.79 },
    },
  },
  // Rounds twenty-nine to thirty-four (192 articles, 76 in test), each scored before any tuning on it; rounds thirty,
  // thirty-two, thirty-three and thirty-four were held out (nobody tuned on them, and neither of the stop's two
  // tunings changed one of their articles). Their test halves with the final engine: simple 0.873 / 0.867 / 0.813
  // (52 articles); rounds twenty-nine and thirty-one's test halves 0.944 / 0.250 / 1.000 (24). The whole test split
  // (494), read at the end of the stop: simple 0.920 / 0.909 / 0.809, templated 0.920 / 0.914 / 0.796. These floors
  // hold it at that level less about one article (two figures); with rounds thirty-five and thirty-six they hold rounds
  // one to thirty-four.
  upToThirtyFour: {
    simple: {
      gateF1: { target: 0.95, floor: 0.91 },
      figurePrecision: { target: 0.98, floor: 0.9 },
      figureRecall: { target: 0.9, floor: 0.8 },
    },
    template: {
      gateF1: { target: 0.95, floor: 0.91 },
      figurePrecision: { target: 0.98, floor: 0.905 },
      figureRecall: { target: 0.9, floor: 0.785 },
    },
  },
  // Rounds thirty-five and thirty-six (64 articles, 22 in test), written last and scored once, with the final engine
  // (nobody tuned on them): test halves 0.667 / 1.000 / 0.500 and 0.947 / 0.667 / 0.667. The whole test split (516):
  // simple 0.917 / 0.905 / 0.805, templated 0.917 / 0.909 / 0.792. These floors hold it at that level less about one
  // article (two figures); with rounds thirty-seven to forty they hold rounds one to thirty-six.
  upToThirtySix: {
    simple: {
      gateF1: { target: 0.95, floor: 0.905 },
      figurePrecision: { target: 0.98, floor: 0.895 },
      figureRecall: { target: 0.9, floor: 0.795 },
    },
    template: {
      gateF1: { target: 0.95, floor: 0.905 },
      figurePrecision: { target: 0.98, floor: 0.9 },
      figureRecall: { target: 0.9, floor: 0.78 },
    },
  },
  // Rounds thirty-seven to forty (128 articles, 53 in test), each scored before any tuning on it; thirty-eight and
  // forty held out of both of this stop's second pair of tunings and never seen by the first. Their test halves with
  // the final engine: simple 0.932 / 0.667 / 0.706 (53). The whole test split (569): simple 0.919 / 0.896 / 0.801,
  // templated 0.920 / 0.899 / 0.788. These floors hold it at that level less about one article (two figures); with
  // rounds forty-one and forty-two they hold rounds one to forty.
  upToForty: {
    simple: {
      gateF1: { target: 0.95, floor: 0.91 },
      figurePrecision: { target: 0.98, floor: 0.89 },
      figureRecall: { target: 0.9, floor: 0.795 },
    },
    template: {
      gateF1: { target: 0.95, floor: 0.91 },
      figurePrecision: { target: 0.98, floor: 0.89 },
      figureRecall: { target: 0.9, floor: 0.78 },
    },
  },
  // Rounds forty-one and forty-two (64 articles, 19 in test), written after every tuning of this stop and scored
  // once, with the final engine (nobody tuned on them): test halves 0.842 / 1.000 / 0.400. The whole test split
  // (588): simple 0.918 / 0.896 / 0.796, templated 0.918 / 0.900 / 0.784. These floors hold it at that level less
  // about one article (two figures); with rounds forty-three and forty-four they hold rounds one to forty-two.
  upToFortyTwo: {
    simple: {
      gateF1: { target: 0.95, floor: 0.91 },
      figurePrecision: { target: 0.98, floor: 0.89 },
      figureRecall: { target: 0.9, floor: 0.79 },
    },
    template: {
      gateF1: { target: 0.95, floor: 0.91 },
      figurePrecision: { target: 0.98, floor: 0.89 },
      figureRecall: { target: 0.9, floor: 0.775 },
    },
  },
  // Rounds forty-three and forty-four (48 articles, 14 in test), written while the stop's last two tunings ran (on
  // rounds forty-one and forty-two) and scored once, with the final engine: test halves 0.889 / 1.000 / 1.000. The
  // whole test split (602): simple 0.916 / 0.898 / 0.798, templated 0.915 / 0.901 / 0.786. These floors hold it at
  // that level less about one article (two figures).
  all: {
    simple: {
      gateF1: { target: 0.95, floor: 0.91 },
      figurePrecision: { target: 0.98, floor: 0.89 },
      figureRecall: { target: 0.9, floor: 0.79 },
    },
    template: {
      gateF1: { target: 0.95, floor: 0.905 },
      figurePrecision: { target: 0.98, floor: 0.89 },
      figureRecall: { target: 0.9, floor: 0.78 },
    },
  },
} as const;

/**
 * What the tune split must keep: the level the engine was tuned to, less the same margin, so that a change that
 * undoes a rule learned there fails here first. Round three, simple pages: gate F1 0.969, figures P 0.977 R 0.966;
 * templated: 0.965, 0.977, 0.949. Round four: simple 0.973, 0.994, 0.972; templated 0.969, 0.994, 0.955. By language
 * (simple), the Arabic-script figure recall: Urdu 1.000 (21 figures), Pashto 1.000 and Dari 1.000 (7 figures each;
 * Dari was 0.714). Each language floor allows one more missed figure. Round five (22 new Pashto and Dari tune
 * articles, 210 in all): simple 0.972, 0.995, 0.968; templated 0.969, 0.994, 0.957; Pashto figure recall 0.909 (11
 * figures: its floor is not lowered), Dari 1.000 (12). Round six (17 new English and Urdu tune articles, 227 in all):
 * simple 0.965, 0.995, 0.971; templated 0.962, 0.995, 0.961; Urdu figure recall 0.964 (28 figures). Round eight (20
 * new tune articles, 247 in all): simple 0.968, 0.996, 0.979; templated 0.968, 0.996, 0.970; Pashto figure recall
 * 0.952 (21 figures), Urdu 1.000 (34), Dari 1.000 (17).
 */
const TUNE_FLOORS = {
  upToEight: {
    simple: { gateF1: 0.965, figurePrecision: 0.99, figureRecall: 0.97 },
    template: { gateF1: 0.965, figurePrecision: 0.99, figureRecall: 0.96 },
  },
  // Round nine's 21 tune articles, before any tuning on them: simple 0.955, 0.996, 0.953; templated 0.955, 0.996,
  // 0.946; Urdu figure recall 0.950 (40 figures), Pashto 0.846 (26), Dari 0.917 (24). After the round's tuning (the
  // gate learned again with them): simple 0.970, 1.000, 0.969; templated 0.975, 1.000, 0.961; Urdu 1.000, Pashto
  // 0.885, Dari 0.958; rounds one to eight simple 0.973, 1.000, 0.979, templated 0.979, 1.000, 0.970. The floors rise
  // to those levels less about one article (one figure in a language).
  upToNine: {
    simple: { gateF1: 0.96, figurePrecision: 0.99, figureRecall: 0.955 },
    template: { gateF1: 0.96, figurePrecision: 0.99, figureRecall: 0.945 },
  },
  // Round ten's 21 tune articles, before any tuning on them (289 tune articles in all): simple 0.970, 0.993, 0.944;
  // templated 0.975, 0.993, 0.937; Urdu figure recall 0.940 (50 figures), Pashto 0.857 (35), Dari 0.867 (30). After
  // the round's tuning (the gate not learned again): simple 0.972, 0.996, 0.969; templated 0.977, 0.996, 0.962; Urdu
  // 0.980, Pashto 0.886, Dari 1.000. The floors rise to those levels less about one article (one figure in a language).
  // Round eleven's tune articles, after round eleven's tuning, on rounds one to ten's 288 (the English Urumqi article,
  // whose source the Pashto one shares, left the corpus): simple 0.972, 0.996, 0.993; templated 0.977, 0.996, 0.983.
  upToTen: {
    simple: { gateF1: 0.965, figurePrecision: 0.99, figureRecall: 0.98 },
    template: { gateF1: 0.97, figurePrecision: 0.99, figureRecall: 0.97 },
  },
  // Round eleven's 24 tune articles, before any tuning on them (313 tune articles in all): simple gate F1 0.972, figures
  // 0.993, 0.932; templated 0.977, 0.993, 0.926; Urdu figure recall 0.952 (62 figures), Pashto 0.780 (50), Dari 0.941
  // (34). After the round's tuning (the gate not learned again): simple 0.972, 0.994, 0.988; templated 0.977, 0.994,
  // 0.978; Urdu 1.000, Pashto 0.980, Dari 1.000. Round twelve's 21 tune articles came after that tuning and were not
  // tuned on (333 in all): simple 0.969, 0.991, 0.980; templated 0.971, 0.991, 0.971; Urdu 0.986, Pashto 0.964, Dari
  // 1.000. The floors hold that level less about one article (one figure in a language).
  // Round twelve's issue-12 rules (a pronoun's figure not given to another voice of the speaker's side that holds its own
  // count; an office word only for the page's official of that office; a counted surname; an undated page dated by a
  // day it writes; a year, "in a separate incident" and "last week" in the sentence; Urdu حملہ آور, Pashto وسلوال; the
  // Urdu and Pashto tolls of "those who died"), on the same 333: before simple 0.969, 0.991, 0.980, templated 0.971,
  // 0.991, 0.971, Urdu 0.986, Pashto 0.964, Dari 1.000; after simple 0.969, 0.997, 0.988, templated 0.971, 0.997,
  // 0.983, Urdu 1.000 (70 figures), Pashto 0.982 (55), Dari 1.000 (38). The floors hold that level less about one
  // article (one figure in a language); the gate did not change.
  // Rounds thirteen and fourteen's tune halves (18 and 16), each tuned on after it was scored fresh, on rounds one to
  // fourteen's 367: simple 0.972, 0.997, 0.982; templated 0.972, 0.997, 0.977; Urdu 1.000, Pashto 0.973, Dari 0.978.
  // These were the whole corpus's floors until round fifteen.
  upToFourteen: {
    simple: { gateF1: 0.96, figurePrecision: 0.99, figureRecall: 0.98 },
    template: { gateF1: 0.965, figurePrecision: 0.99, figureRecall: 0.97 },
  },
  // Round fifteen's 21 tune articles, fresh: simple 0.828, 1.000, 0.667. After its tuning (the gate not learned again;
  // a relearn gave tune F1 0.961), the whole tune split (388): simple 0.966, 0.997, 0.975; templated 0.966, 0.997,
  // 0.971; Urdu 1.000 (79 figures), Pashto 0.963 (80), Dari 0.960 (50). The floors hold that level less about one article.
  // These were the whole corpus's floors until round sixteen; they now hold rounds one to fifteen (after round sixteen's
  // tuning: simple 0.968, 0.998, 0.978; templated 0.968, 0.997, 0.973).
  upToFifteen: {
    simple: { gateF1: 0.96, figurePrecision: 0.99, figureRecall: 0.97 },
    template: { gateF1: 0.96, figurePrecision: 0.99, figureRecall: 0.965 },
  },
  // Round sixteen's 19 tune articles, fresh: simple 0.857, 0.882, 0.682; after its tuning 0.857, 0.950, 0.864. Round
  // seventeen's 22 were held out (0.867, 0.917, 0.611). The whole tune split (429): simple 0.957, 0.993, 0.958;
  // templated 0.959, 0.993, 0.953; Urdu 0.978 (93 figures), Pashto 0.913 (92), Dari 0.927 (55). The floors hold that
  // level less about one article (one figure in a language).
  upToSeventeen: {
    simple: { gateF1: 0.95, figurePrecision: 0.99, figureRecall: 0.95 },
    template: { gateF1: 0.95, figurePrecision: 0.99, figureRecall: 0.945 },
  },
  // Round eighteen's 22 tune articles, held out (0.917, 0.857, 0.857). The whole tune split (451): simple 0.956, 0.991,
  // 0.956; templated 0.957, 0.991, 0.952; Urdu 0.979 (94 figures), Pashto 0.916 (95), Dari 0.912 (57). The floors hold
  // that level less about one article (one figure in a language). With round nineteen they hold rounds one to eighteen
  // (after the next stop's tuning on rounds seventeen and eighteen's tune halves: simple 0.959, 0.995, 0.960; templated
  // 0.961, 0.995, 0.956).
  upToEighteen: {
    simple: { gateF1: 0.95, figurePrecision: 0.985, figureRecall: 0.95 },
    template: { gateF1: 0.95, figurePrecision: 0.985, figureRecall: 0.945 },
  },
  // Round nineteen's 19 tune articles, held out (0.846, 0.750, 0.600). The whole tune split (470): simple 0.954, 0.989,
  // 0.949; templated 0.957, 0.991, 0.945; Urdu 0.961 (102 figures), Pashto 0.900 / 0.890 templated (100), Dari 0.915
  // (59). The floors held that level less about one article (one figure in a language); they now hold rounds one to
  // nineteen (after the next stop's tuning on round nineteen's tune half: simple 0.959, 0.996, 0.964; templated 0.960,
  // 0.996, 0.960).
  upToNineteen: {
    simple: { gateF1: 0.945, figurePrecision: 0.98, figureRecall: 0.94 },
    template: { gateF1: 0.95, figurePrecision: 0.98, figureRecall: 0.935 },
  },
  // Rounds twenty and twenty-one's tune halves (14 and 20), tuned on after they were scored fresh; round twenty-two's
  // 21 held out. The whole tune split (525): simple 0.955, 0.985, 0.947; templated 0.955, 0.985, 0.943; Urdu 0.953 (106
  // figures), Pashto 0.927 (110), Dari 0.906 (64). The floors hold that level less about one article (one figure in a
  // language). With rounds twenty-three and twenty-four they hold rounds one to twenty-two (after the next stop's
  // tuning on round twenty-two's tune half: simple 0.965, 0.991, 0.944; templated 0.962, 0.991, 0.940).
  upToTwentyTwo: {
    simple: { gateF1: 0.95, figurePrecision: 0.98, figureRecall: 0.94 },
    template: { gateF1: 0.95, figurePrecision: 0.98, figureRecall: 0.935 },
  },
  // Round twenty-three's 22 tune articles, fresh: 0.933, 0.850, 0.850, tuned on after that; round twenty-four's 17
  // held out (0.870, 0.000, 0.000: two figure badges, both wrong). The whole tune split (564), with pack 1.2.5's
  // labels: simple 0.961, 0.981, 0.943; templated 0.957, 0.981, 0.939; Urdu 0.943 (105 figures), Pashto 0.940 (116),
  // Dari 0.897 (68). The floors hold that level less about one article (one figure in a language). With
  // rounds twenty-five and twenty-six they hold rounds one to twenty-four.
  upToTwentyFour: {
    simple: { gateF1: 0.955, figurePrecision: 0.975, figureRecall: 0.935 },
    template: { gateF1: 0.95, figurePrecision: 0.975, figureRecall: 0.93 },
  },
  // Round twenty-five's 23 tune articles, fresh: 0.786, 0.667, 0.667, tuned on after that (0.815, 1.000, 0.667); round
  // twenty-six's 21 held out (fresh 0.933, 0.583, 0.538; with the final engine 0.968, 0.700, 0.538). The whole tune
  // split (608): simple 0.959, 0.990, 0.933; templated 0.959, 0.990, 0.929; Urdu 0.935 (108 figures), Pashto 0.942
  // (120), Dari 0.853 (75). The floors hold that level less about one article (one figure in a language). With rounds
  // twenty-seven and twenty-eight they hold rounds one to twenty-six (after the third tuning, on round twenty-six's
  // tune half: simple 0.959, 0.990, 0.941; templated 0.959, 0.990, 0.937).
  upToTwentySix: {
    simple: { gateF1: 0.95, figurePrecision: 0.985, figureRecall: 0.925 },
    template: { gateF1: 0.95, figurePrecision: 0.985, figureRecall: 0.92 },
  },
  // Round twenty-six's 21 tune articles, tuned on last (0.968, 0.769, 0.769); rounds twenty-seven and twenty-eight's
  // 43, held out (fresh and after: 0.968, 0.500, 1.000 and 0.903, 1.000, 0.750). The whole tune split (651): simple
  // 0.957, 0.988, 0.938; templated 0.956, 0.988, 0.934; Urdu 0.928 (111 figures), Pashto 0.943 (122), Dari 0.857 (77).
  // The floors hold that level less about one article (one figure in a language); with rounds twenty-nine to
  // thirty-four they hold rounds one to twenty-eight.
  upToTwentyEight: {
    simple: { gateF1: 0.95, figurePrecision: 0.98, figureRecall: 0.93 },
    template: { gateF1: 0.95, figurePrecision: 0.98, figureRecall: 0.925 },
  },
  // Rounds twenty-nine to thirty-four's 116 tune articles: 29 and 31 tuned on (fresh 0.903, 0.625, 0.714; after
  // 0.902, 0.857, 0.857), 30, 32, 33 and 34 held out (0.902, 0.833, 0.769, unchanged by either tuning). The whole
  // tune split (767): simple 0.951, 0.978, 0.928; templated 0.948, 0.976, 0.925; Urdu 0.912 (125 figures), Pashto
  // 0.930 (129), Dari 0.837 (86). The floors hold that level less about one article (one figure in a language); with
  // rounds thirty-five and thirty-six they hold rounds one to thirty-four.
  upToThirtyFour: {
    simple: { gateF1: 0.945, figurePrecision: 0.97, figureRecall: 0.92 },
    template: { gateF1: 0.94, figurePrecision: 0.97, figureRecall: 0.915 },
  },
  // Rounds thirty-five and thirty-six's 42 tune articles, scored once with the final engine (gate 0.800 and 1.000;
  // figures P 0.000 and 1.000, R 0.000 and 0.667). The whole tune split (809): simple 0.948, 0.973, 0.917; templated 0.947,
  // 0.971, 0.914; Urdu 0.901 (131 figures), Pashto 0.914 (140), Dari 0.828 (87). The floors hold that level less
  // about one article (one figure in a language); with rounds thirty-seven to forty they hold rounds one to thirty-six
  // (after this stop's four tunings: simple 0.955, 0.986, 0.917; templated 0.954, 0.984, 0.914).
  upToThirtySix: {
    simple: { gateF1: 0.94, figurePrecision: 0.965, figureRecall: 0.91 },
    template: { gateF1: 0.94, figurePrecision: 0.96, figureRecall: 0.905 },
  },
  // Rounds thirty-seven to forty's 75 tune articles: 37 and 39 tuned on (fresh gate 0.778 and 0.897, figures 4 right
  // of 7; after 0.947 and 0.968, 4 of 6), 38 and 40 held out (unchanged by every tuning). The whole tune split (884):
  // simple 0.952, 0.977, 0.914; templated 0.951, 0.976, 0.910; Urdu 0.898 (137 figures), Pashto 0.910 (144), Dari
  // 0.832 (95). The floors hold that level less about one article (one figure in a language); with rounds forty-one
  // and forty-two they hold rounds one to forty.
  upToForty: {
    simple: { gateF1: 0.945, figurePrecision: 0.97, figureRecall: 0.905 },
    template: { gateF1: 0.94, figurePrecision: 0.965, figureRecall: 0.9 },
  },
  // Rounds forty-one and forty-two's 45 tune articles, scored once with the final engine (gate 0.912, figures 0.870 /
  // 0.800). The whole tune split (929): simple 0.950, 0.973, 0.909; templated 0.949, 0.971, 0.906; Urdu 0.897 (145
  // figures), Pashto 0.914 (151), Dari 0.830 (100). The floors hold that level less about one article (one figure in
  // a language); with rounds forty-three and forty-four they hold rounds one to forty-two.
  upToFortyTwo: {
    simple: { gateF1: 0.94, figurePrecision: 0.965, figureRecall: 0.9 },
    template: { gateF1: 0.94, figurePrecision: 0.96, figureRecall: 0.9 },
  },
  // Rounds forty-three and forty-four's 34 tune articles, scored once with the final engine (gate 0.857, figures 0.700
  // / 0.778). The whole tune split (963): simple 0.951, 0.972, 0.907; templated 0.949, 0.969, 0.904; Urdu 0.897 (145
  // figures), Pashto 0.915 (153), Dari 0.821 (106). The floors hold that level less about one article (one figure in
  // a language).
  all: {
    simple: { gateF1: 0.945, figurePrecision: 0.965, figureRecall: 0.9 },
    template: { gateF1: 0.94, figurePrecision: 0.96, figureRecall: 0.9 },
  },
} as const;
// Dari on rounds one to ten, fourteen and fifteen was 0.97, 0.97 and 0.95 until pack 1.2.7: a round-nine article gives
// the 19 posts of 27 February 2026 to "the Taliban government's defence ministry", which now has its own claim of them
// (the label moved from Fitrat's claim to the ministry's), in words the pack does not hold as the ministry's name, so
// the engine leaves that 19 to neither voice. One figure, for a label, not the engine.
const TUNE_LANGUAGE_RECALL_FLOORS = {
  upToEight: { ur: 0.95, ps: 0.9, fa: 0.9 },
  upToNine: { ur: 0.95, ps: 0.84, fa: 0.91 },
  upToTen: { ur: 0.98, ps: 0.96, fa: 0.96 },
  upToFourteen: { ur: 0.985, ps: 0.96, fa: 0.95 },
  upToFifteen: { ur: 0.985, ps: 0.95, fa: 0.935 },
  upToSeventeen: { ur: 0.965, ps: 0.9, fa: 0.905 },
  upToEighteen: { ur: 0.965, ps: 0.9, fa: 0.89 },
  upToNineteen: { ur: 0.95, ps: 0.88, fa: 0.9 },
  upToTwentyTwo: { ur: 0.94, ps: 0.915, fa: 0.89 },
  upToTwentyFour: { ur: 0.93, ps: 0.93, fa: 0.88 },
  upToTwentySix: { ur: 0.925, ps: 0.93, fa: 0.84 },
  upToTwentyEight: { ur: 0.92, ps: 0.93, fa: 0.845 },
  upToThirtyFour: { ur: 0.9, ps: 0.92, fa: 0.825 },
  upToThirtySix: { ur: 0.89, ps: 0.905, fa: 0.815 },
  upToForty: { ur: 0.89, ps: 0.9, fa: 0.82 },
  upToFortyTwo: { ur: 0.885, ps: 0.905, fa: 0.82 },
  all: { ur: 0.885, ps: 0.905, fa: 0.81 },
} as const;

describe.skipIf(corpus.length === 0)('unseen-article corpus', () => {
  let pack: RuntimePack;
  const outcomes: Record<'simple' | 'template', ArticleOutcome[]> = { simple: [], template: [] };

  beforeAll(async () => {
    pack = await loadRuntimePack();
    for (const article of corpus) outcomes.simple.push(scoreArticle(article, pack, 'simple'));
    if (shared) for (const article of corpus) outcomes.template.push(scoreArticle(article, pack, 'template'));
    console.info([...report('simple', outcomes.simple), ...(shared ? report('template', outcomes.template) : [])].join('\n'));
  }, 600_000);

  it('is split 60/40 by source URL, with both splits holding relevant pages and negatives in every language', () => {
    const test = corpus.filter((a) => a.split === 'test');
    expect(test.length / corpus.length).toBeGreaterThan(0.25);
    expect(test.length / corpus.length).toBeLessThan(0.55);
    for (const split of ['tune', 'test'] as const) {
      const inSplit = corpus.filter((a) => a.split === split);
      expect(inSplit.some((a) => a.relevant)).toBe(true);
      expect(inSplit.some((a) => !a.relevant)).toBe(true);
    }
  });

  /**
   * Each set of floors is held on the articles it was measured on: the floors of rounds one to eight, one to nine,
   * one to ten, one to fourteen, one to fifteen, one to seventeen, one to eighteen, one to nineteen, one to twenty-two, one to twenty-four and one to twenty-six, on the articles of those rounds (never lowered for a change of the engine; see upToSeventeen for the one change of labels that lowered two), and the whole corpus's own floors on the
   * whole corpus. So a harder
   * round of new articles cannot hide a loss on the older ones, and the older floors need not follow the new ones.
   */
  const upToEight = new Set(corpus.filter((a) => (a.round ?? 0) <= 8).map((a) => a.id));
  const upToNine = new Set(corpus.filter((a) => (a.round ?? 0) <= 9).map((a) => a.id));
  const upToTen = new Set(corpus.filter((a) => (a.round ?? 0) <= 10).map((a) => a.id));
  const upToFourteen = new Set(corpus.filter((a) => (a.round ?? 0) <= 14).map((a) => a.id));
  const upToFifteen = new Set(corpus.filter((a) => (a.round ?? 0) <= 15).map((a) => a.id));
  const upToSeventeen = new Set(corpus.filter((a) => (a.round ?? 0) <= 17).map((a) => a.id));
  const upToEighteen = new Set(corpus.filter((a) => (a.round ?? 0) <= 18).map((a) => a.id));
  const upToNineteen = new Set(corpus.filter((a) => (a.round ?? 0) <= 19).map((a) => a.id));
  const upToTwentyTwo = new Set(corpus.filter((a) => (a.round ?? 0) <= 22).map((a) => a.id));
  const upToTwentyFour = new Set(corpus.filter((a) => (a.round ?? 0) <= 24).map((a) => a.id));
  const upToTwentySix = new Set(corpus.filter((a) => (a.round ?? 0) <= 26).map((a) => a.id));
  const upToTwentyEight = new Set(corpus.filter((a) => (a.round ?? 0) <= 28).map((a) => a.id));
  const upToThirtyFour = new Set(corpus.filter((a) => (a.round ?? 0) <= 34).map((a) => a.id));
  const upToThirtySix = new Set(corpus.filter((a) => (a.round ?? 0) <= 36).map((a) => a.id));
  const upToForty = new Set(corpus.filter((a) => (a.round ?? 0) <= 40).map((a) => a.id));
  const upToFortyTwo = new Set(corpus.filter((a) => (a.round ?? 0) <= 42).map((a) => a.id));
  const sets = [
    ['rounds one to eight', (o: ArticleOutcome) => upToEight.has(o.id), 'upToEight'],
    ['rounds one to nine', (o: ArticleOutcome) => upToNine.has(o.id), 'upToNine'],
    ['rounds one to ten', (o: ArticleOutcome) => upToTen.has(o.id), 'upToTen'],
    ['rounds one to fourteen', (o: ArticleOutcome) => upToFourteen.has(o.id), 'upToFourteen'],
    ['rounds one to fifteen', (o: ArticleOutcome) => upToFifteen.has(o.id), 'upToFifteen'],
    ['rounds one to seventeen', (o: ArticleOutcome) => upToSeventeen.has(o.id), 'upToSeventeen'],
    ['rounds one to eighteen', (o: ArticleOutcome) => upToEighteen.has(o.id), 'upToEighteen'],
    ['rounds one to nineteen', (o: ArticleOutcome) => upToNineteen.has(o.id), 'upToNineteen'],
    ['rounds one to twenty-two', (o: ArticleOutcome) => upToTwentyTwo.has(o.id), 'upToTwentyTwo'],
    ['rounds one to twenty-four', (o: ArticleOutcome) => upToTwentyFour.has(o.id), 'upToTwentyFour'],
    ['rounds one to twenty-six', (o: ArticleOutcome) => upToTwentySix.has(o.id), 'upToTwentySix'],
    ['rounds one to twenty-eight', (o: ArticleOutcome) => upToTwentyEight.has(o.id), 'upToTwentyEight'],
    ['rounds one to thirty-four', (o: ArticleOutcome) => upToThirtyFour.has(o.id), 'upToThirtyFour'],
    ['rounds one to thirty-six', (o: ArticleOutcome) => upToThirtySix.has(o.id), 'upToThirtySix'],
    ['rounds one to forty', (o: ArticleOutcome) => upToForty.has(o.id), 'upToForty'],
    ['rounds one to forty-two', (o: ArticleOutcome) => upToFortyTwo.has(o.id), 'upToFortyTwo'],
    ['the whole corpus', () => true, 'all'],
  ] as const;

  describe.each(sets)('on %s', (_name, inSet, key) => {
    it.each(['simple', 'template'] as const)('holds the test split as %s pages', (rendering) => {
      if (rendering === 'template' && !shared) return;
      const s = aggregate(outcomes[rendering].filter((o) => o.split === 'test' && inSet(o)));
      const floors = TEST_FLOORS[key][rendering];
      expect(s.n).toBeGreaterThan(50);
      expect(s.gate.f1, 'gate F1 on the test split').toBeGreaterThanOrEqual(floors.gateF1.floor);
      expect(s.figures.precision, 'figure precision on the test split').toBeGreaterThanOrEqual(floors.figurePrecision.floor);
      expect(s.figures.recall, 'figure recall on the test split').toBeGreaterThanOrEqual(floors.figureRecall.floor);
    });

    it.each(['simple', 'template'] as const)('holds the tune split as %s pages', (rendering) => {
      if (rendering === 'template' && !shared) return;
      const tune = outcomes[rendering].filter((o) => o.split === 'tune' && inSet(o));
      const s = aggregate(tune);
      const floors = TUNE_FLOORS[key][rendering];
      expect(s.gate.f1, 'gate F1 on the tune split').toBeGreaterThanOrEqual(floors.gateF1);
      expect(s.figures.precision, 'figure precision on the tune split').toBeGreaterThanOrEqual(floors.figurePrecision);
      expect(s.figures.recall, 'figure recall on the tune split').toBeGreaterThanOrEqual(floors.figureRecall);
      if (rendering === 'simple')
        for (const [lang, floor] of Object.entries(TUNE_LANGUAGE_RECALL_FLOORS[key]))
          expect(
            aggregate(tune.filter((o) => o.lang === lang)).figures.recall,
            `${lang} figure recall on the tune split`,
          ).toBeGreaterThanOrEqual(floor);
    });
  });

  it('finds the article inside real site templates', () => {
    if (!shared) return;
    expect(templateNames().length).toBeGreaterThanOrEqual(20);
    const s = aggregate(outcomes.template);
    // Share of each article's paragraphs that extraction found in the site's markup, averaged.
    expect(s.extracted).toBeGreaterThanOrEqual(0.95);
    // Every template hosts some article.
    expect(new Set(outcomes.template.map((o) => o.template)).size).toBeGreaterThanOrEqual(templateNames().length - 2);
  });

  it('never badges a page published before the window, whatever it names', () => {
    const early = outcomes.simple.filter((o) => {
      const a = corpus.find((x) => x.id === o.id)!;
      return a.published !== null && a.published < pack.meta.window.start;
    });
    expect(early.length).toBeGreaterThan(0);
    expect(early.filter((o) => o.got)).toEqual([]);
  });
});
