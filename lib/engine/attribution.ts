/**
 * Who the article says gave a figure: the speaker read from the sentence around it ("ISPR said…", "according
 * to UNAMA…", "ذبیح‌الله مجاهد گفت…", "آئی ایس پی آر کے مطابق…", "د … په وینا"), and whether that speaker is the
 * party that made the matched claim.
 *
 * A wrong flag does more harm than none, so the reader answers only when the sentence is plain: a speaker named
 * next to a speech word, in the figure's own clause, with no second speaker, no other speech word and no
 * "but / while / denied" between them. Anything else is `null` (no speaker read, no flag).
 *
 * Works on the sentence's ORIGINAL text (offsets of the voices and the figure are in it); Arabic-script letter
 * variants are folded in the cue patterns themselves.
 */
import type { RuntimePack } from '../pack/compile';

export interface SpeakerVoice {
  /** Entity index in the runtime pack. */
  entity: number;
  start: number;
  end: number;
}

/** A cue written with canonical letters, as a pattern that accepts the variants writers use (ي/ی, ك/ک, ہ/ه, ZWNJ). */
function folded(cue: string): string {
  let out = '';
  for (const ch of cue) {
    if (ch === 'ی') out += '[یيىېۍ]';
    else if (ch === 'ک') out += '[کك]';
    else if (ch === 'ه') out += '[هہۀة]';
    else if (ch === 'أ') out += '[أا]';
    else if (ch === ' ') out += '[\\s\\u200c]+';
    else if (ch === '‌') out += '[\\s\\u200c]*';
    else out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

/** Latin words need word boundaries; Arabic-script cues need a non-letter on each side. */
function alternation(latin: string[], arabic: string[]): string {
  const parts: string[] = [];
  if (latin.length) parts.push(`\\b(?:${latin.join('|')})\\b`);
  if (arabic.length) parts.push(`(?<![\\p{L}\\p{M}])(?:${arabic.map(folded).join('|')})(?![\\p{L}\\p{M}])`);
  return parts.join('|');
}

/** Speech words that follow their speaker: "ISPR said", "آئی ایس پی آر نے کہا", "مجاهد گفت", "مجاهد وویل". */
const AFTER_VOICE = new RegExp(
  alternation(
    [
      'said',
      'says',
      'say',
      'saying',
      'claimed',
      'claims',
      'stated',
      'states',
      'told',
      'tells',
      'reported',
      'reports',
      'announced',
      'announces',
      'confirmed',
      'confirms',
      'added',
      'adds',
      'insisted',
      'alleged',
      'alleges',
      'wrote',
      'writes',
      'posted',
      'tweeted',
      'put the (?:death )?toll at',
      "'s (?:claim|figure|count|tally|toll|estimate)",
      '’s (?:claim|figure|count|tally|toll|estimate)',
    ],
    [
      // Urdu
      'نے کہا',
      'نے بتایا',
      'نے دعوی',
      'نے دعویٰ',
      'کا کہنا',
      'کے مطابق',
      'نے اعلان',
      'نے تصدیق',
      'نے اپنے بیان',
      'نے بیان',
      'کے بقول',
      // Dari
      'گفت',
      'گفته است',
      'می‌گوید',
      'افزود',
      'اعلام کرد',
      'اعلام کرده',
      'ادعا کرد',
      'ادعا کرده',
      'تایید کرد',
      'تأیید کرد',
      'اظهار داشت',
      // Pashto
      'وویل',
      'ویلی',
      'وایی',
      'په وینا',
      'ادعا وکړه',
      'اعلان وکړ',
      'څرګنده کړه',
      'له قوله',
    ],
  ),
  'giu',
);

/** Speech words that come before their speaker: "according to UNAMA", "…, said ISPR", "به گفته مجاهد", "بقول". */
const BEFORE_VOICE = new RegExp(
  alternation(
    ['according to', 'said', 'says', 'citing', 'quoting', 'claimed by', 'figures? from'],
    ['بقول', 'بہ قول', 'به گفته', 'به نقل از', 'طبق اعلام', 'بر اساس اعلام', 'بنابر اعلام', 'از قول', 'به اساس گفته'],
  ),
  'giu',
);

/** What ends the speaker's hold on a figure: another clause that turns against it, or a denial. */
const BREAK = new RegExp(
  `[;:؛]|${alternation(
    [
      'while',
      'but',
      'whereas',
      'however',
      'although',
      'though',
      'denied',
      'denies',
      'deny',
      'denying',
      'rejected',
      'rejects',
      'rejecting',
      'dismissed',
      'dismisses',
      'dismissing',
      'disputed',
      'disputes',
      'disputing',
      'refuted',
      'contradicted',
      'not',
      'no',
    ],
    [
      'جبکہ',
      'لیکن',
      'مگر',
      'تاہم',
      'تردید',
      'مسترد',
      'اما',
      'ولی',
      'در حالی',
      'درحالی',
      'رد کرد',
      'تکذیب',
      'خو',
      'مګر',
      'پداسی حال',
      'په داسی حال',
      'رد کړ',
      'ردوی',
    ],
  )}`,
  'iu',
);

/** How far a speaker may stand from its speech word ("ISPR, the army's media wing, said on Sunday"). */
const MAX_SPEAKER_GAP = 60;
/** "According to the ISPR": only a few words between the cue and the name. */
const MAX_BEFORE_GAP = 12;
/** Between the speech and a figure that follows it ("said on Sunday that at least 58 …"). */
const MAX_FORWARD = 150;
/** After a speaker named behind the figure: only a few words ("in a statement on Sunday"). */
const MAX_TAIL = 60;
/** Between a figure and a speaker named after it ("58 soldiers were killed, Mujahid said"). */
const MAX_BACKWARD = 80;

/** What joins two speakers of one speech word: "ISPR and UNAMA", "آئی ایس پی آر اور …", "… و …". */
const CO_SPEAKER = /^[\s,،]*(?:and|&|as well as|اور|و|او)?[\s,،]*(?:the\s+)?$/iu;

interface Reading {
  voice: SpeakerVoice;
  /** The span of speaker and speech word together. */
  from: number;
  to: number;
}

function commas(s: string): number {
  return (s.match(/[,،]/g) ?? []).length;
}

function hasVoiceIn(voices: readonly SpeakerVoice[], from: number, to: number, except: SpeakerVoice): boolean {
  return voices.some((v) => v !== except && v.start >= from && v.end <= to);
}

function matchesIn(re: RegExp, text: string): { start: number; end: number }[] {
  re.lastIndex = 0;
  const out: { start: number; end: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The entities an entity stands for: itself and whoever it speaks for, up the chain. */
export function voiceChain(pack: RuntimePack, entity: number): number[] {
  const chain: number[] = [];
  for (let e: number | undefined = entity; e !== undefined && !chain.includes(e); e = pack.entities[e]?.speaksFor) chain.push(e);
  return chain;
}

function sideOf(pack: RuntimePack, entity: number): string | undefined {
  for (const e of voiceChain(pack, entity)) if (pack.entities[e]!.side) return pack.entities[e]!.side;
  return undefined;
}

const UN_ALIAS = /\bunited nations\b/;
const unFamily = new WeakMap<RuntimePack, Set<number>>();
/** Entities with a name containing "United Nations" (the UN, UNAMA, UNHCR…). */
function isUn(pack: RuntimePack, entity: number): boolean {
  let set = unFamily.get(pack);
  if (!set) {
    set = new Set(pack.aliases.filter((a) => UN_ALIAS.test(a.key)).map((a) => a.entity));
    unFamily.set(pack, set);
  }
  return set.has(entity);
}

/**
 * Whether `speaker` may give `claimant`'s figure as its own. One chain (Mujahid for the Islamic Emirate, the DG
 * ISPR for the ISPR), one state (a Pakistani minister repeating the ISPR's count), or the UN family (UNAMA is the
 * UN's mission). Independent bodies are not one party: the UN does not speak for a hospital or a wire service.
 */
export function speaksForSameParty(pack: RuntimePack, speaker: number, claimant: number): boolean {
  const a = voiceChain(pack, speaker);
  const b = voiceChain(pack, claimant);
  if (a.some((e) => b.includes(e))) return true;
  const side = sideOf(pack, speaker);
  if (side && side !== 'independent' && side === sideOf(pack, claimant)) return true;
  return side === 'independent' && a.some((e) => isUn(pack, e)) && b.some((e) => isUn(pack, e));
}

/** Media relay figures; they are not who gave them. */
function canSpeak(pack: RuntimePack, entity: number): boolean {
  return pack.entities[entity]?.kind !== 'media';
}

/** A speech word within a few words after `from` ("Islamabad also said", "پاکستان اعلام کرد"). */
export function speechAfter(text: string, from: number): boolean {
  const tail = text.slice(from, from + MAX_SPEAKER_GAP);
  AFTER_VOICE.lastIndex = 0;
  const m = AFTER_VOICE.exec(tail);
  return m !== null && m.index <= MAX_BEFORE_GAP && /^[\s\p{L}\p{M}]*$/u.test(tail.slice(0, m.index));
}

/**
 * The entity the sentence says gave the figure, or null when none can be read with confidence.
 * `figure` is the figure's whole span (number to verb); `voices` are the claimant names in the sentence.
 */
export function readSpeaker(
  pack: RuntimePack,
  sentence: string,
  figure: { start: number; end: number },
  voices: readonly SpeakerVoice[],
): number | null {
  const outside = voices.filter((v) => (v.end <= figure.start || v.start >= figure.end) && canSpeak(pack, v.entity));
  if (!outside.length) return null;
  const after = matchesIn(AFTER_VOICE, sentence);
  const before = matchesIn(BEFORE_VOICE, sentence);
  const cues = [...after, ...before];

  const readings: Reading[] = [];
  for (const voice of outside) {
    const next = after.find((c) => c.start >= voice.end && c.start - voice.end <= MAX_SPEAKER_GAP);
    if (next) {
      const gap = sentence.slice(voice.end, next.start);
      const inFigure = next.start < figure.end && next.end > figure.start;
      if (
        !inFigure &&
        !BREAK.test(gap) &&
        !hasVoiceIn(outside, voice.end, next.start, voice) &&
        !(figure.start >= voice.end && figure.end <= next.start)
      ) {
        readings.push({ voice, from: voice.start, to: next.end });
        // Co-speakers ("ISPR and UNAMA said"): each is read too, so that two parties make the reading ambiguous.
        let head = voice;
        for (;;) {
          const co = outside.find((v) => v.end <= head.start && CO_SPEAKER.test(sentence.slice(v.end, head.start)));
          if (!co) break;
          readings.push({ voice: co, from: co.start, to: next.end });
          head = co;
        }
      }
    }
    const prev = [...before].reverse().find((c) => c.end <= voice.start && voice.start - c.end <= MAX_BEFORE_GAP);
    if (prev && /^[\s\p{L}'’-]*$/u.test(sentence.slice(prev.end, voice.start)) && !BREAK.test(sentence.slice(prev.end, voice.start)))
      readings.push({ voice, from: prev.start, to: voice.end });
  }

  const linked = readings.filter((r) => {
    if (r.to <= figure.start) {
      const between = sentence.slice(r.to, figure.start);
      if (between.length > MAX_FORWARD || commas(between) > 2 || BREAK.test(between)) return false;
      return !cues.some((c) => c.start >= r.to && c.end <= figure.start) && !hasVoiceIn(outside, r.to, figure.start, r.voice);
    }
    if (figure.end <= r.from) {
      const between = sentence.slice(figure.end, r.from);
      if (between.length > MAX_BACKWARD || commas(between) > 1 || BREAK.test(between)) return false;
      // "…, ISPR said." ends the sentence; "…, and UNAMA said 17 …" opens a speech of its own.
      const rest = sentence.slice(r.to);
      if (rest.length > MAX_TAIL || /[\p{N}]/u.test(rest)) return false;
      return !cues.some((c) => c.start >= figure.end && c.end <= r.from) && !hasVoiceIn(outside, figure.end, r.from, r.voice);
    }
    return false;
  });
  if (!linked.length) return null;
  // Two speakers who are not one party: the sentence does not say whose figure it is.
  const first = linked[0]!.voice.entity;
  const firstChain = voiceChain(pack, first);
  if (!linked.every((r) => voiceChain(pack, r.voice.entity).some((e) => firstChain.includes(e)) || firstChain.includes(r.voice.entity)))
    return null;
  // The nearest reading names the speaker most precisely ("Zabihullah Mujahid, the Islamic Emirate's spokesman, said").
  const distance = (r: Reading) => (r.to <= figure.start ? figure.start - r.to : r.from - figure.end);
  linked.sort((a, b) => distance(a) - distance(b));
  return linked[0]!.voice.entity;
}

export interface Attribution {
  /** Entity id of the speaker the sentence names, or null when none can be read. */
  attributedTo: string | null;
  /** true: a speaker is read and is not the claimant (nor one party with it); false: it is; null: no speaker read. */
  misattributed: boolean | null;
}

export function attributionOf(pack: RuntimePack, speaker: number | null, claimant: number | undefined): Attribution {
  if (speaker === null) return { attributedTo: null, misattributed: null };
  return {
    attributedTo: pack.entities[speaker]!.id,
    misattributed: claimant === undefined ? null : !speaksForSameParty(pack, speaker, claimant),
  };
}
