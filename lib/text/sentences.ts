/**
 * Where a sentence ends, in normalised text: the one rule that the figure reader, the claim matcher and the gate
 * all use, so that "the same sentence" means the same thing everywhere.
 *
 * A sentence ends at . ! ? ; and at the Arabic-script ؟ ؛ ۔, and at U+0000 (blocks are joined by it). Not at a
 * colon: "ISPR said: 23 soldiers were martyred" is one statement with its speaker. Not at a newline: HTML text
 * wraps mid-sentence. Not at a full stop inside a number ("1.5") or after a title ("Lt. Gen. Ahmed Sharif"), which
 * would cut a speaker off from what he said.
 */

/** Titles and abbreviations written with a full stop (lowercase: the text is normalised). */
const ABBREVIATIONS = new Set(['gen', 'lt', 'col', 'maj', 'brig', 'capt', 'cdr', 'adm', 'mr', 'mrs', 'ms', 'dr', 'st', 'no']);

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLatinLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** Does the character at `i` end a sentence? */
export function isSentenceBreakAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  switch (code) {
    case 0x00:
    case 0x21: // !
    case 0x3f: // ?
    case 0x3b: // ;
    case 0x61b: // ؛
    case 0x61f: // ؟
    case 0x6d4: // ۔
      return true;
    case 0x2e: {
      // "1.5", ".5"
      if (isDigit(text.charCodeAt(i + 1))) return false;
      // "Lt. Gen.", "U.N.": a short word before it from the list.
      let s = i;
      while (s > 0 && isLatinLetter(text.charCodeAt(s - 1)) && i - s < 5) s--;
      const word = s < i && !isLatinLetter(text.charCodeAt(s - 1)) ? text.slice(s, i) : '';
      const next = text.charCodeAt(i + 1);
      // Inside an initialism ("u.n."): a single letter, a full stop, a letter.
      if (word.length === 1 && isLatinLetter(next)) return false;
      // A title, or the end of an initialism. "… by the U.S. The next day" would need the capital that
      // normalised text has lost, so one followed by a space and a word is taken as a title.
      if (ABBREVIATIONS.has(word) || (word.length === 1 && text.charCodeAt(s - 1) === 0x2e && isLatinLetter(text.charCodeAt(s - 2))))
        return !(next === 0x20 && isLatinLetter(text.charCodeAt(i + 2)));
      return true;
    }
    default:
      return false;
  }
}

/** [start, end) of the sentence around [from, to) in `text`, not before `floor` nor after `ceiling`. */
export function sentenceAround(text: string, from: number, to: number, floor = 0, ceiling = text.length): [number, number] {
  let s = from;
  while (s > floor && !isSentenceBreakAt(text, s - 1)) s--;
  let e = to;
  while (e < ceiling && !isSentenceBreakAt(text, e)) e++;
  return [s, e];
}

/** No sentence ends in text[from, to). */
export function sameSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSentenceBreakAt(text, i)) return false;
  return true;
}
