/**
 * A figure is a claim's only when its sentence tells the claim's event (issue #12, point 5; round nine). On a page
 * with no date, a toll fits a claim by number, kind and place alone; a count of another kind told with it that none of
 * the event's claims holds says the sentence tells another episode. Short pages written for this test in our own words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../lib/pack/compile';
import { validatePack } from '../../../lib/pack/validate';
import { readText, resolveStrength } from '../../../lib/engine/gate';
import { findFigures } from '../../../lib/engine/scan';
import { textDocument } from '../../../scripts/scan';

const file = path.resolve(import.meta.dirname, '../../../data/afpak-2025-26.json');
const validated = validatePack(JSON.parse(readFileSync(file, 'utf8')), file);
if (!validated.ok) throw new Error('the bundled pack does not validate');
const pack = compilePack(validated.pack);

/** The figures of an undated page, whatever the gate says of it. */
function figuresOf(text: string): string[] {
  const doc = textDocument(text);
  const { prepared, mentions } = readText(doc.blocks, pack);
  resolveStrength(pack, mentions);
  return findFigures(pack, doc.blocks, doc.meta, prepared, mentions).map((f) => `${f.value} ${f.claimId}`);
}

const spinBoldak = (wounded: string): string => `Mortar fire at the Spin Boldak gate

A mortar round near the Spin Boldak gate killed at least four people and wounded ${wounded}, local reporters said, with fighting between Afghan and Pakistani border forces still going on.
`;

describe('a toll told with a count of another kind (round nine)', () => {
  it('matches the toll when the count beside it is one the event records, or near one (another outlet, a later day)', () => {
    expect(figuresOf(spinBoldak('four'))).toContain('4 dec06-afghan-officials-civilians-killed-4');
    expect(figuresOf(spinBoldak('six'))).toContain('4 dec06-afghan-officials-civilians-killed-4');
  });

  it('matches nothing when the event’s claimant recorded another count of that kind and no claim holds this one', () => {
    expect(figuresOf(spinBoldak('20'))).toEqual([]);
  });

  it('reads two counts of one kind as parts and totals, not as the event’s count', () => {
    const page = `Mortar fire at the Spin Boldak gate

A mortar round near the Spin Boldak gate killed at least four people and wounded 20, and 12 more were wounded in the crossfire, local reporters said.
`;
    expect(figuresOf(page)).toContain('4 dec06-afghan-officials-civilians-killed-4');
  });
});

describe('a year the sentence names', () => {
  const page = (sentence: string): string => `DATE: 2025-10-13
Border clashes between Pakistan and Afghanistan

Pakistani and Afghan forces exchanged heavy fire along the Durand Line overnight, officials said.

${sentence}
`;
  it('matches a count of the claim’s year, or one told with a year as a starting point', () => {
    expect(figuresOf(page('The army said 23 soldiers were killed in the clashes of October 2025.'))).toContain(
      '23 oct12-ispr-pak-soldiers-killed-23',
    );
    expect(figuresOf(page('The army, fighting the Taliban since 2021, said 23 soldiers were killed.'))).toContain(
      '23 oct12-ispr-pak-soldiers-killed-23',
    );
  });

  it('matches no claim of another year ("in 2023, 23 soldiers were killed", Urdu "2024ء میں")', () => {
    expect(figuresOf(page('The army said 23 soldiers were killed in 2024 in clashes at Torkham.'))).not.toContain(
      '23 oct12-ispr-pak-soldiers-killed-23',
    );
    expect(figuresOf(page('In 2023, 23 soldiers were killed in a similar clash at the border.'))).toEqual([]);
    expect(figuresOf(page('آئی ایس پی آر کے مطابق 2024ء میں سرحد پر جھڑپ میں 23 فوجی شہید ہوئے۔'))).toEqual([]);
  });
});

describe('a sentence that tells another episode', () => {
  const page = (sentence: string, date = '2025-10-13'): string => `DATE: ${date}
Border clashes between Pakistan and Afghanistan

Pakistani and Afghan forces exchanged heavy fire along the Durand Line overnight, officials said.

${sentence}
`;
  const ispr23 = '23 oct12-ispr-pak-soldiers-killed-23';

  it('"in a separate incident" (Urdu ایک اور واقعے میں): only a claim whose event’s place it names', () => {
    expect(figuresOf(page('The army said 23 soldiers were killed in the clashes.'))).toContain(ispr23);
    expect(figuresOf(page('In a separate incident, 23 soldiers were killed when militants stormed a checkpost.'))).toEqual([]);
    expect(figuresOf(page('ایک اور واقعے میں شدت پسندوں کے حملے میں 23 فوجی شہید ہوئے۔'))).toEqual([]);
  });

  it('"in another attack" (Urdu ایک اور حملے میں, Persian در حمله‌ای دیگر, در رویدادی جداگانه), not "in an attack"', () => {
    expect(figuresOf(page('آئی ایس پی آر کے مطابق ایک اور حملے میں ۲۳ فوجی شہید ہوئے۔'))).toEqual([]);
    expect(figuresOf(page('به گفتهٔ آی‌اس‌پی‌آر، در حمله‌ای دیگر ۲۳ سرباز کشته شدند.'))).toEqual([]);
    expect(figuresOf(page('به گفتهٔ آی‌اس‌پی‌آر، در رویدادی جداگانه ۲۳ سرباز کشته شدند.'))).toEqual([]);
    expect(figuresOf(page('آئی ایس پی آر کے مطابق کرم میں ایک حملے میں ۲۳ فوجی شہید ہوئے۔'))).toContain(ispr23);
    expect(figuresOf(page('به گفتهٔ آی‌اس‌پی‌آر، در حمله‌ای در کرم ۲۳ سرباز کشته شدند.'))).toContain(ispr23);
  });

  it('"last week": an event of four to fourteen days before the page', () => {
    expect(figuresOf(page('The army said 23 soldiers were killed in clashes last week.'))).toEqual([]);
    expect(figuresOf(page('The army said 23 soldiers were killed in clashes last week.', '2025-10-19'))).toContain(ispr23);
    // A tally "since" last week runs to the page's day: not an event of last week (English, Urdu "کے بعد سے").
    expect(figuresOf(page('The army said 23 soldiers had been killed since the fighting began last week.'))).toContain(ispr23);
    expect(figuresOf(page('آئی ایس پی آر کے مطابق گزشتہ ہفتے لڑائی شروع ہونے کے بعد سے 23 فوجی شہید ہوئے۔'))).toContain(ispr23);
  });

  it('not the weekend just past (Persian "آخر هفته گذشته", Urdu "گزشتہ ہفتے کے آخر")', () => {
    expect(figuresOf(page('ارتش پاکستان آخر هفتهٔ گذشته اعلام کرد که ۲۳ سرباز پاکستانی کشته شدند.'))).toContain(ispr23);
    expect(figuresOf(page('ارتش پاکستان هفتهٔ گذشته اعلام کرد که ۲۳ سرباز پاکستانی کشته شدند.'))).toEqual([]);
    expect(figuresOf(page('آئی ایس پی آر نے گزشتہ ہفتے کے آخر میں کہا کہ 23 فوجی شہید ہوئے۔'))).toContain(ispr23);
    expect(figuresOf(page('آئی ایس پی آر نے گزشتہ ہفتے کہا کہ 23 فوجی شہید ہوئے۔'))).toEqual([]);
  });

  it('a day the sentence names with its month: from two days before the event to a week after it (round seventeen)', () => {
    expect(figuresOf(page('On October 12, the army said 23 soldiers were killed in the clashes.'))).toContain(ispr23);
    expect(figuresOf(page('The army said on 12 October that 23 soldiers were killed.', '2025-10-20'))).toContain(ispr23);
    expect(figuresOf(page('ISPR said that on 1 October 23 soldiers were killed at a border post.'))).toEqual([]);
    expect(figuresOf(page('د اکتوبر په ۲مه پاکستاني پوځ وویل چې ۲۳ پاکستاني سرتېري ووژل شول.'))).toEqual([]);
    expect(figuresOf(page('د اکتوبر په ۱۲مه پاکستاني پوځ وویل چې ۲۳ پاکستاني سرتېري ووژل شول.'))).toContain(ispr23);
    // "in October 23 soldiers": the figure's own number is no day.
    expect(figuresOf(page('The army said that in October 23 soldiers were killed in the clashes.'))).toContain(ispr23);
  });
  it('hearsay ("it is said", "initial reports", Pashto "ویل کېږي"): a count the sentence says no one named gave (round twenty-one)', () => {
    expect(figuresOf(page('23 Pakistani soldiers were killed in the clashes.'))).toContain(ispr23);
    expect(figuresOf(page('Initial reports said 23 Pakistani soldiers were killed in the clashes.'))).toEqual([]);
    expect(figuresOf(page('It is said that 23 Pakistani soldiers were killed in the clashes.'))).toEqual([]);
    expect(figuresOf(page('It is said that the ISPR confirmed 23 soldiers were killed in the clashes.'))).toContain(ispr23);
    expect(figuresOf(page('په نښتو کې ۲۳ پاکستاني سرتېري ووژل شول.'))).toContain(ispr23);
    expect(figuresOf(page('ویل کېږي چې په نښتو کې ۲۳ پاکستاني سرتېري ووژل شول.'))).toEqual([]);
    // Reports no one is named for: "according to media reports", Persian "بنا بر همین گزارش‌ها".
    expect(figuresOf(page('According to media reports, 23 Pakistani soldiers were killed in the clashes.'))).toEqual([]);
    expect(figuresOf(page('23 Pakistani soldiers were killed in the clashes, according to local news reports.'))).toEqual([]);
    expect(figuresOf(page('گفته شده است که ۲۳ سرباز پاکستانی در درگیری‌ها کشته شدند.'))).toEqual([]);
    expect(figuresOf(page('According to the ISPR, 23 Pakistani soldiers were killed in the clashes.'))).toContain(ispr23);
    expect(figuresOf(page('بنا بر همین گزارش‌ها، ۲۳ سرباز پاکستانی در درگیری‌ها کشته شدند.'))).toEqual([]);
    expect(figuresOf(page('بنا بر اعلام ارتش پاکستان، ۲۳ سرباز پاکستانی در درگیری‌ها کشته شدند.'))).toContain(ispr23);
    // "Reports say", Pashto "راپورونه وايي": reports no one is named for; a named outlet's report stays a claimant's.
    expect(figuresOf(page('Other reports say 23 Pakistani soldiers were killed in the clashes.'))).toEqual([]);
    expect(figuresOf(page('23 Pakistani soldiers were killed in the clashes, the reports said.'))).toEqual([]);
    expect(figuresOf(page('راپورونه وايي چې په نښتو کې ۲۳ پاکستاني سرتېري ووژل شول.'))).toEqual([]);
    expect(figuresOf(page('ISPR reported that 23 Pakistani soldiers were killed in the clashes.'))).toContain(ispr23);
    expect(figuresOf(page('پاکستاني پوځ وايي چې په نښتو کې ۲۳ پاکستاني سرتېري ووژل شول.'))).toContain(ispr23);
  });
  it('a claim of months before: its claimant named, not the institution it speaks for ("the army" is in every month’s news)', () => {
    const sources19 = '19 oct12-pak-security-posts-captured-19';
    expect(figuresOf(page('Pakistani security sources said 19 Afghan border posts were captured.', '2026-02-27'))).toContain(sources19);
    expect(figuresOf(page('The Pakistan Army said 19 Afghan border posts were captured.', '2026-02-27'))).not.toContain(sources19);
    expect(figuresOf(page('The Pakistan Army said 19 Afghan border posts were captured.'))).toContain(sources19);
  });
});

describe('a headline led by a place ("Bajaur: …", round thirty-nine)', () => {
  const page = (headline: string): string => `DATE: 2025-10-24
${headline}

Pakistani officials said the round fell on a village.
`;
  const chaman4 = '4 oct15-pak-civilians-wounded-4';
  it('tells its count there: a toll of another place is not the claim of an event elsewhere', () => {
    expect(figuresOf(page('Bajaur: a mortar round hits a house, four people wounded'))).toEqual([]);
    expect(figuresOf(page('باجوړ: د هاوان ګولۍ په لګېدو یو کور زیانمن او څلور کسان ټپیان شول'))).toEqual([]);
    expect(figuresOf(page('Chaman: a mortar round hits a house, four people wounded'))).toContain(chaman4);
    expect(figuresOf(page('چمن: د هاوان ګولۍ په لګېدو یو کور زیانمن او څلور کسان ټپیان شول'))).toContain(chaman4);
    expect(figuresOf(page('A mortar round hits a house, four people wounded'))).toContain(chaman4);
  });
});

describe('a page with no date tells one episode (round nineteen)', () => {
  it('reads a later paragraph’s count as the event the page’s figures have already told, when two claims fit it', () => {
    const page = (first: string) => `Mortar fire at the Spin Boldak gate

${first}

The district chief said four other people were wounded in Spin Boldak and taken to hospital.
`;
    expect(figuresOf(page('A mortar round near the Spin Boldak gate killed four civilians, local reporters said.'))).toEqual([
      '4 dec06-afghan-officials-civilians-killed-4',
      '4 dec06-afghan-officials-civilians-wounded-4',
    ]);
    // With no figure told before it, the count fits two events' claims: none.
    expect(figuresOf(page('A mortar round landed near the Spin Boldak gate, local reporters said.'))).toEqual([]);
  });
});

describe('a count of both sides together (round twenty-two)', () => {
  const page = (sentence: string): string => `DATE: 2025-10-14
Border clashes between Pakistan and Afghanistan

${sentence}
`;
  it('is no one side’s claim: "23 died on both sides" (Persian از دو طرف, Urdu دونوں جانب)', () => {
    expect(figuresOf(page('در مجموع از دو طرف ۲۳ تن در درگیری‌ها کشته شدند.'))).toEqual([]);
    expect(figuresOf(page('دونوں جانب جھڑپوں میں ۲۳ فوجی مارے گئے۔'))).toEqual([]);
    expect(figuresOf(page('In the clashes, 23 troops were killed on both sides.'))).toEqual([]);
  });
  it('still is where it happened in "both sides of the border", and a count that says whose', () => {
    expect(figuresOf(page('In the clashes on both sides of the border, 23 soldiers were killed, the army said.'))).toContain(
      '23 oct12-ispr-pak-soldiers-killed-23',
    );
    expect(figuresOf(page('در مجموع از دو طرف درگیری، ۲۳ سرباز پاکستانی کشته شدند.'))).toContain('23 oct12-ispr-pak-soldiers-killed-23');
  });
});
