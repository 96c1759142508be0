import { describe, expect, it } from 'vitest';
import { isSentenceBreakAt, sameSentence, sentenceAround } from '../../../lib/text/sentences';
import { normalizeText } from '../../../lib/text/normalize';

const around = (text: string, word: string): string => {
  const t = normalizeText(text);
  const at = t.indexOf(word);
  const [s, e] = sentenceAround(t, at, at + word.length);
  return t.slice(s, e).trim();
};

describe('one sentence rule', () => {
  it('ends a sentence at . ! ? ; and the Arabic-script marks, and at the block separator', () => {
    for (const text of ['a. b', 'a! b', 'a? b', 'a; b', 'a؟ b', 'a۔ b', 'a؛ b', 'a\u0000b'])
      expect(isSentenceBreakAt(text, 1), JSON.stringify(text)).toBe(true);
  });

  it('does not end one at a colon, a newline, a decimal point or a title', () => {
    expect(around('Earlier. The ISPR said: 23 soldiers were martyred. Later.', '23')).toBe('the ispr said: 23 soldiers were martyred');
    expect(around('He said 1.5 million\nwere displaced. Next.', 'million')).toBe('he said 1.5 million\nwere displaced');
    expect(around('Before. Lt. Gen. Ahmed Sharif Chaudhry said 23 troops died. After.', '23')).toBe(
      'lt. gen. ahmed sharif chaudhry said 23 troops died',
    );
    expect(around('Before. The U.N. mission counted 37 dead. After.', '37')).toBe('the u.n. mission counted 37 dead');
  });

  it('tells whether two offsets share a sentence', () => {
    const t = 'mujahid said 58 soldiers died. ispr said 23.';
    expect(sameSentence(t, 0, t.indexOf('58'))).toBe(true);
    expect(sameSentence(t, 0, t.indexOf('23'))).toBe(false);
  });
});
