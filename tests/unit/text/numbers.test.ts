import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../lib/text/normalize';
import { findNumbers, parseNumberWords } from '../../../lib/text/numbers';

function numbers(source: string) {
  const text = normalizeText(source);
  return findNumbers(text).map((m) => ({
    value: m.value,
    qualifier: m.qualifier,
    min: m.min,
    max: m.max,
    text: text.slice(m.start, m.end),
  }));
}

describe('number words', () => {
  it('reads compound and scaled words', () => {
    expect(parseNumberWords('fifty-eight')).toBe(58);
    expect(parseNumberWords('fifty eight')).toBe(58);
    expect(parseNumberWords('two hundred and fifty')).toBe(250);
    expect(parseNumberWords('a dozen')).toBe(12);
    expect(parseNumberWords('two dozen')).toBe(24);
    expect(parseNumberWords('half a dozen')).toBe(6);
    expect(parseNumberWords('four thousand')).toBe(4000);
  });

  it('refuses sequences that are not one count', () => {
    expect(parseNumberWords('dozen')).toBeUndefined();
    expect(parseNumberWords('one two')).toBeUndefined();
    expect(parseNumberWords('twenty thirty')).toBeUndefined();
    expect(parseNumberWords('nine and ten')).toBeUndefined();
    expect(parseNumberWords('a')).toBeUndefined();
  });
});

describe('findNumbers', () => {
  it('finds digits, separators and words', () => {
    expect(numbers('58 soldiers, 1,200 people and fifty-eight posts')).toEqual([
      { value: 58, qualifier: 'exact', text: '58' },
      { value: 1200, qualifier: 'exact', text: '1,200' },
      { value: 58, qualifier: 'exact', text: 'fifty-eight' },
    ]);
    expect(numbers('two dozen fighters and a dozen posts')).toMatchObject([
      { value: 24, text: 'two dozen' },
      { value: 12, text: 'a dozen' },
    ]);
  });

  it('does not count vague plurals', () => {
    expect(numbers('hundreds of trucks and dozens of soldiers; thousands fled')).toEqual([]);
    expect(numbers('several dozen')).toEqual([]);
  });

  it('reads qualifiers in front and after', () => {
    expect(numbers('at least 58')).toMatchObject([{ value: 58, qualifier: 'at-least', text: 'at least 58' }]);
    expect(numbers('more than 200')).toMatchObject([{ value: 200, qualifier: 'over' }]);
    expect(numbers('over 200')).toMatchObject([{ value: 200, qualifier: 'over' }]);
    expect(numbers('200+ fighters')).toMatchObject([{ value: 200, qualifier: 'over', text: '200+' }]);
    expect(numbers('200-plus fighters')).toMatchObject([{ value: 200, qualifier: 'over' }]);
    expect(numbers('nearly 60')).toMatchObject([{ value: 60, qualifier: 'about' }]);
    expect(numbers('about 20')).toMatchObject([{ value: 20, qualifier: 'about' }]);
    expect(numbers('around 400')).toMatchObject([{ value: 400, qualifier: 'about' }]);
    expect(numbers('some 50')).toMatchObject([{ value: 50, qualifier: 'about' }]);
    expect(numbers('up to 55')).toMatchObject([{ value: 55, qualifier: 'up-to' }]);
    // "moreover 5": a qualifier must be a word of its own.
    expect(numbers('moreover 5')).toMatchObject([{ value: 5, qualifier: 'exact' }]);
  });

  it('reads ranges', () => {
    expect(numbers('15–20 fighters')).toMatchObject([{ value: 15, min: 15, max: 20, qualifier: 'range', text: '15-20' }]);
    expect(numbers('15 to 20')).toMatchObject([{ min: 15, max: 20, qualifier: 'range' }]);
    expect(numbers('25-30 killed')).toMatchObject([{ min: 25, max: 30 }]);
    expect(numbers('between 15 and 20')).toMatchObject([{ min: 15, max: 20, text: 'between 15 and 20' }]);
    expect(numbers('4,000–5,000 trucks')).toMatchObject([{ min: 4000, max: 5000 }]);
    // "and" alone does not make a range: two counts.
    expect(numbers('58 killed and 30 wounded')).toMatchObject([
      { value: 58, qualifier: 'exact' },
      { value: 30, qualifier: 'exact' },
    ]);
  });

  it('reads Urdu, Persian and Pashto digits and qualifiers', () => {
    expect(numbers('کم از کم ۵۸ فوجی')).toMatchObject([{ value: 58, qualifier: 'at-least' }]);
    expect(numbers('۲۰۰ سے زائد طالبان')).toMatchObject([{ value: 200, qualifier: 'over' }]);
    expect(numbers('بیش از ٢٠٠ نفر')).toMatchObject([{ value: 200, qualifier: 'over' }]);
    expect(numbers('حداقل ۱۷ غیرنظامی')).toMatchObject([{ value: 17, qualifier: 'at-least' }]);
  });

  it('reads the Pashto comparative "له/تر N ډېر" (more than N), and "ډېر" after a number without it as no qualifier', () => {
    expect(numbers('له ۲۰۰ ډېر طالبان')).toMatchObject([{ value: 200, qualifier: 'over' }]);
    expect(numbers('تر ۲۰۰ ډېرو کسانو')).toMatchObject([{ value: 200, qualifier: 'over' }]);
    // "58 very brave soldiers": ډېر is an adverb of the word after it.
    expect(numbers('۵۸ ډېر زړور سرتیري')).toMatchObject([{ value: 58, qualifier: 'exact' }]);
  });

  it('reads Urdu, Persian and Pashto number words, compounds and scale words', () => {
    expect(numbers('چار عام شہری اور تین افراد')).toMatchObject([{ value: 4 }, { value: 3 }]);
    expect(numbers('پنج سرباز و ۲۵ شبه‌نظامی')).toMatchObject([{ value: 5 }, { value: 25 }]);
    expect(numbers('بیست و پنج تن')).toMatchObject([{ value: 25, text: normalizeText('بیست و پنج') }]);
    expect(numbers('اووه پاکستاني سرتېري')).toMatchObject([{ value: 7 }]);
    expect(numbers('۱۱۵ هزار نفر، درې زره کورنۍ')).toMatchObject([{ value: 115_000 }, { value: 3000 }]);
    expect(numbers('دست‌کم چهار غیرنظامی')).toMatchObject([{ value: 4, qualifier: 'at-least' }]);
    // Inside a longer word, or a word that is as often something else (Persian نه "no"), it is no number.
    expect(numbers('پنجشیر، دوستان، نه')).toEqual([]);
    // Units do not join each other: "دو و سه" is two numbers.
    expect(numbers('دو و سه')).toMatchObject([{ value: 2 }, { value: 3 }]);
  });

  it('skips dates, times, percentages, money, ordinals and ids', () => {
    expect(numbers('on 2025-10-12, in 2025-26, on 12/10/2025')).toEqual([]);
    expect(numbers('at 21:50, 55% of, $3 million, the 58th, F16s')).toEqual([]);
  });
});
