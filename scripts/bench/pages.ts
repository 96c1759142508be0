/**
 * The bench's generated material: a pack of 500 aliases (the real pack's plus invented entities) and
 * news-like pages built from a seeded random stream, so every run measures the same bytes. Pure: no DOM,
 * no file system.
 *
 * All text is made up here from word lists; the invented names are syllable salad that no real page holds.
 */
import { aliasKey, compilePack } from '../../lib/pack/compile';
import type { Pack } from '../../lib/pack/schema';

/** mulberry32: small, fast, and the same sequence on every machine. */
export function randomStream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

const ARABIC_LANGS = new Set(['ur', 'ps', 'fa', 'ar']);

export type NameScript = 'latin' | 'arabic' | 'other';

export interface PlantableName {
  text: string;
  script: NameScript;
}

const LATIN_SYLLABLES = [
  'bar',
  'kor',
  'zan',
  'mir',
  'tal',
  'vek',
  'dor',
  'shu',
  'gul',
  'ran',
  'zai',
  'pur',
  'nog',
  'lum',
  'tiv',
  'qes',
  'wob',
  'yar',
];
const LATIN_SUFFIXES = ['Pass', 'Valley', 'Post', 'Brigade', 'Front', 'Council', 'Camp', 'Ridge', 'Corridor', 'Depot'];
const ARABIC_SYLLABLES = ['زر', 'کو', 'مر', 'دا', 'نو', 'شی', 'گل', 'با', 'رو', 'تک', 'سا', 'لم'];
const ARABIC_SUFFIXES = ['درہ', 'چوکی', 'کیمپ', 'محاذ'];

function capitalise(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/**
 * The real pack plus invented entities, one name each, until its compiled form holds `totalAliases` aliases.
 * Of the invented names, five in six are Latin and one in six Arabic script (the perf anchors had 400/100).
 */
export function syntheticPack(base: Pack, totalAliases = 500, seed = 7): Pack {
  const random = randomStream(seed);
  const taken = new Set(compilePack(base).aliases.map((a) => a.key));
  const have = taken.size;
  const entities: Pack['entities'] = [];
  for (let i = 0; have + i < totalAliases; i++) {
    const arabic = i % 6 === 5;
    let text: string;
    do {
      const syllables = arabic ? ARABIC_SYLLABLES : LATIN_SYLLABLES;
      const count = 2 + Math.floor(random() * 2);
      let stem = '';
      for (let s = 0; s < count; s++) stem += pick(random, syllables);
      const suffixes = arabic ? ARABIC_SUFFIXES : LATIN_SUFFIXES;
      text = arabic
        ? `${stem} ${pick(random, suffixes)}`
        : random() < 0.7
          ? `${capitalise(stem)} ${pick(random, suffixes)}`
          : capitalise(stem);
    } while (taken.has(aliasKey(text)));
    taken.add(aliasKey(text));
    entities.push({
      id: `bench-entity-${i}`,
      kind: 'place',
      description: 'An invented place for the benchmark.',
      names: [{ text, lang: arabic ? 'ur' : 'en', strength: random() < 0.3 ? 'strong' : 'weak', status: 'seen' }],
    });
  }
  return { ...base, entities: [...base.entities, ...entities] };
}

/** Every name of a pack that can be planted in a paragraph of its script. */
export function plantableNames(pack: Pack): PlantableName[] {
  const out: PlantableName[] = [];
  for (const entity of pack.entities) {
    for (const name of entity.names) {
      if (name.text.startsWith('@')) continue; // social handles are not prose
      const script: NameScript = ARABIC_LANGS.has(name.lang) ? 'arabic' : name.lang === 'hi' ? 'other' : 'latin';
      out.push({ text: name.text, script });
    }
  }
  return out;
}

// Filler vocabulary: ordinary local news. None of these words is an alias of the pack (a unit test checks it).
const ENGLISH_WORDS = (
  'the of and to in a for on with that said was were has have had by at from it its as this be will would after before ' +
  'officials residents council city district market traders prices road bridge water power supply school hospital teachers ' +
  'students families farmers harvest wheat rice weather rain season week month year morning evening night report meeting ' +
  'committee budget plan project workers company shops trucks goods transport fuel costs increase decrease local regional ' +
  'national minister statement press conference question answer reporters newspaper interview village town province ' +
  'street traffic police court judge case lawyers hearing decision approved rejected announced expected told added ' +
  'according sources people public private services health education clinic doctors patients medicine children parents ' +
  'festival football match players fans stadium tickets music concert library museum park garden repairs construction ' +
  'engineers electricity outage grid solar panels irrigation canal river flood drought crops livestock cattle dairy ' +
  'exports imports trade agreement talks delegation visit schedule delayed opened closed reopened weekend holiday ' +
  'tourists hotels airport flights passengers buses railway station platform tickets queue office staff salaries pension ' +
  'tax revenue collection survey data figures rise fall steady slowly quickly again still also only about nearly many ' +
  'several some most new old large small main next last first second third long short high low'
).split(' ');

const URDU_WORDS = (
  'اور کے کی میں نے کو سے پر ہے تھا تھے گیا کہا شہر لوگ بازار سڑک اسکول ہسپتال پانی بجلی موسم بارش کسان فصل قیمت ' +
  'تاجر دکان رپورٹ اخبار اجلاس منصوبہ عوام علاقے ضلع گاؤں بچوں تعلیم صحت ٹیکس بجٹ ترقی سال ہفتے دن رات صبح شام کام ' +
  'مزدور سامان راستہ پل نہر دریا کھیل ٹیم میچ کھلاڑی شائقین کمیٹی فیصلہ اعلان بیان سوال جواب مسئلہ حل نیا پرانا بڑا ' +
  'چھوٹا اہم مقامی سرکاری نجی کئی تمام کچھ زیادہ کم گندم چاول سبزی پھل دودھ ڈاکٹر مریض دوا استاد طلبہ کتاب میلہ ' +
  'سیاح ہوٹل پرواز مسافر بس اسٹیشن دفتر عملہ تنخواہ پنشن اعداد شمار اضافہ کمی مرمت تعمیر انجینئر سولر آبپاشی سیلاب'
).split(' ');

const HEADINGS_EN = [
  'Markets and prices',
  'Roads and transport',
  'Schools',
  'Health',
  'Weather',
  'Sport',
  'Culture',
  'Council business',
  'Farming',
];

export interface PageOptions {
  /** Characters of text to produce (the page's textContent, roughly). */
  targetChars: number;
  /** Names to plant, about one per `wordsPerMention` words; none for an unrelated page. */
  names: readonly PlantableName[];
  wordsPerMention?: number;
  /** Share of paragraphs in Urdu script. */
  urduShare?: number;
  /** Sentences with figures the pack holds claims for ("58 Pakistani soldiers"), one per this many English paragraphs. */
  figureEvery?: number;
  headline: string;
  title: string;
  published: string;
  seed?: number;
  /** CSS the page carries from the start (the extension's highlight colours, which its manifest loads early). */
  headCss?: string;
}

export interface GeneratedPage {
  html: string;
  stats: {
    chars: number;
    paragraphs: number;
    urduParagraphs: number;
    words: number;
    planted: number;
    figureSentences: number;
    inlineElements: number;
  };
}

/** Figure sentences modelled on the seed story: each names its claimant, so the figure finds its claim. */
const FIGURE_SENTENCES = [
  'Taliban spokesman Zabihullah Mujahid said that 58 Pakistani soldiers were killed and 30 wounded in the clashes.',
  'The Inter-Services Public Relations (ISPR) said 23 troops were martyred in the fighting along the Durand Line.',
  'ISPR said more than 200 Taliban and affiliated terrorists were killed in response.',
];

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A news-like page: a site header and footer, an <article> with a headline, sections under <h2>, and
 * paragraphs whose words are sometimes wrapped in links, <em> or <strong> (so that, as on real pages, a
 * paragraph is several text nodes: about 60 characters per node).
 */
export function generatePage(options: PageOptions): GeneratedPage {
  const random = randomStream(options.seed ?? 1);
  const wordsPerMention = options.wordsPerMention ?? 160;
  const urduShare = options.urduShare ?? 0.31;
  const figureEvery = options.figureEvery ?? 25;
  const latinNames = options.names.filter((n) => n.script === 'latin');
  const arabicNames = options.names.filter((n) => n.script === 'arabic');
  const stats = { chars: 0, paragraphs: 0, urduParagraphs: 0, words: 0, planted: 0, figureSentences: 0, inlineElements: 0 };
  const parts: string[] = [];
  let englishParagraphs = 0;

  const paragraph = (urdu: boolean): string => {
    const words = urdu ? URDU_WORDS : ENGLISH_WORDS;
    const names = urdu ? arabicNames : latinNames;
    const sentences: string[] = [];
    const sentenceCount = 3 + Math.floor(random() * 3);
    for (let s = 0; s < sentenceCount; s++) {
      const length = 8 + Math.floor(random() * 13);
      const out: string[] = [];
      for (let w = 0; w < length; w++) {
        if (names.length && random() < 1 / wordsPerMention) {
          const name = pick(random, names).text;
          out.push(!urdu && random() < 0.1 ? `${name}'s` : name);
          stats.planted++;
        } else out.push(pick(random, words));
      }
      stats.words += length;
      if (!urdu) out[0] = capitalise(out[0]!);
      sentences.push(out.join(' ') + (urdu ? '۔' : '.'));
    }
    if (!urdu && options.names.length && ++englishParagraphs % figureEvery === 0) {
      sentences.splice(1, 0, FIGURE_SENTENCES[stats.figureSentences % FIGURE_SENTENCES.length]!);
      stats.figureSentences++;
    }
    const text = sentences.join(' ');
    stats.chars += text.length;
    // Wrap two or three word runs in inline elements, cut at spaces so no word is split.
    const tokens = text.split(' ');
    const wraps = 2 + Math.floor(random() * 2.4);
    const marks = new Map<number, { end: number; tag: string }>();
    for (let k = 0; k < wraps; k++) {
      const at = Math.floor(((k + random()) / wraps) * tokens.length);
      const len = 1 + Math.floor(random() * 3);
      if (at + len >= tokens.length || [...marks.keys()].some((m) => Math.abs(m - at) < 5)) continue;
      marks.set(at, { end: at + len, tag: pick(random, ['a', 'em', 'strong', 'a']) });
    }
    let html = '';
    for (let i = 0; i < tokens.length; i++) {
      const mark = marks.get(i);
      if (mark) {
        const inner = escapeHtml(tokens.slice(i, mark.end).join(' '));
        html += (i ? ' ' : '') + (mark.tag === 'a' ? `<a href="#n${i}">${inner}</a>` : `<${mark.tag}>${inner}</${mark.tag}>`);
        stats.inlineElements++;
        i = mark.end - 1;
      } else html += (i ? ' ' : '') + escapeHtml(tokens[i]!);
    }
    stats.paragraphs++;
    if (urdu) {
      stats.urduParagraphs++;
      return `<p dir="rtl" lang="ur">${html}</p>`;
    }
    return `<p>${html}</p>`;
  };

  let section = 0;
  while (stats.chars < options.targetChars) {
    const heading = `${pick(random, HEADINGS_EN)} ${++section}`;
    stats.chars += heading.length;
    parts.push(`<h2>${heading}</h2>`);
    for (let p = 0; p < 24 && stats.chars < options.targetChars; p++) parts.push(paragraph(random() < urduShare));
  }
  stats.chars += options.headline.length;

  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(options.title)}</title>
<meta property="og:title" content="${escapeHtml(options.headline)}">
<meta property="article:published_time" content="${options.published}">
<style>body{font:17px/1.55 Georgia,serif;margin:0;color:#222;background:#fff}article{max-width:760px;margin:24px auto;padding:0 20px}header.site,footer{font:14px system-ui,sans-serif;padding:10px 20px;background:#eee}</style>
${options.headCss ? `<style>${options.headCss}</style>` : ''}
</head><body><header class="site"><nav><a href="#">Home</a> <a href="#">World</a> <a href="#">Business</a></nav></header><article><h1>${escapeHtml(options.headline)}</h1><p class="byline"><time datetime="${options.published.slice(0, 10)}">${options.published.slice(0, 10)}</time></p>${parts.join('')}</article><footer>A generated page for the ClaimLens benchmark.</footer></body></html>`;
  return { html, stats };
}

export const RELEVANT_HEADLINE = 'Afghan and Pakistani forces clash along the Durand Line as Torkham stays shut';
export const UNRELATED_HEADLINE = 'Council approves a new budget for roads, schools and the city library';

export function relevantPage(pack: Pack, targetChars: number, seed = 11, headCss?: string): GeneratedPage {
  return generatePage({
    headCss,
    targetChars,
    names: plantableNames(pack),
    headline: RELEVANT_HEADLINE,
    title: `${RELEVANT_HEADLINE} | Bench Desk`,
    published: '2025-10-20T09:00:00+05:00',
    seed,
  });
}

export function unrelatedPage(targetChars: number, seed = 23, headCss?: string): GeneratedPage {
  return generatePage({
    headCss,
    targetChars,
    names: [],
    headline: UNRELATED_HEADLINE,
    title: `${UNRELATED_HEADLINE} | Bench Desk`,
    published: '2025-11-03T09:00:00+05:00',
    seed,
  });
}

/** A generated page as the bench serves it. */
export interface PageSet {
  name: string;
  file: string;
  generated: GeneratedPage;
}

/** The page's paragraphs as HTML, one string each (for the live feed, which appends them one by one). */
export function paragraphsOf(page: GeneratedPage): string[] {
  // The article's sections and paragraphs, not its byline.
  return (page.html.match(/<(p|h2)\b[^>]*>.*?<\/\1>/g) ?? []).filter((item) => !item.startsWith('<p class="byline"'));
}
