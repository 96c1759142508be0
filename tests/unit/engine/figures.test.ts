import { describe, expect, it } from 'vitest';
import { MONTHS } from '../../../lib/engine/figure-lexicon';
import { findFigureCandidates } from '../../../lib/engine/figures';
import { scanDocument } from '../../../lib/engine/scan';
import type { TextBlock } from '../../../lib/engine/types';
import { normalizeText } from '../../../lib/text/normalize';
import { miniRuntime } from './mini-pack';

function candidates(source: string) {
  const t = normalizeText(source);
  return findFigureCandidates(t).map((c) => ({
    value: c.value,
    ...(c.min !== undefined ? { min: c.min, max: c.max } : {}),
    qualifier: c.qualifier,
    unit: c.unit,
    noun: c.noun,
    side: c.side,
    text: t.slice(c.textStart, c.textEnd),
  }));
}

describe('figure candidates', () => {
  it('reads number, subject and verb in English word orders', () => {
    expect(candidates('58 Pakistani soldiers were killed and 30 wounded')).toMatchObject([
      { value: 58, unit: 'killed', noun: 'soldiers', side: 'pakistan', text: '58 pakistani soldiers' },
      // The second count is of the same people: it takes their noun and side.
      { value: 30, unit: 'wounded', noun: 'soldiers', side: 'pakistan', text: '30 wounded' },
    ]);
    expect(candidates('the attack killed fifty-eight soldiers')).toMatchObject([{ value: 58, unit: 'killed', noun: 'soldiers' }]);
    expect(candidates('58 were killed')).toMatchObject([{ value: 58, unit: 'killed', text: '58 were killed' }]);
    expect(candidates('more than 200 Taliban and affiliated terrorists were neutralised')).toMatchObject([
      { value: 200, unit: 'killed', noun: 'fighters', side: 'afghanistan', text: 'more than 200 taliban' },
    ]);
    expect(candidates('captured 25 Pakistani posts')).toMatchObject([{ value: 25, unit: 'captured', noun: 'posts', side: 'pakistan' }]);
    expect(candidates('8 posts including 6 tanks destroyed')).toMatchObject([
      { value: 8, unit: 'destroyed', noun: 'posts' },
      { value: 6, unit: 'destroyed', noun: 'tanks' },
    ]);
  });

  it('gives coordinated counts their shared verb, and elliptical ones the noun before them', () => {
    expect(candidates('13 Afghan soldiers and 52 civilians had been killed')).toMatchObject([
      { value: 13, unit: 'killed', noun: 'soldiers', side: 'afghanistan' },
      { value: 52, unit: 'killed', noun: 'civilians' },
    ]);
    expect(candidates('killed in three days of fighting, along with 12 Pakistani soldiers and one Pakistani civilian')).toMatchObject([
      { value: 12, unit: 'killed', noun: 'soldiers', side: 'pakistan' },
      { value: 1, unit: 'killed', noun: 'civilians', side: 'pakistan' },
    ]);
    // A Persian counter (تن, "persons") is the noun when no other follows.
    expect(candidates('شمار کشته‌شدگان را حدود ۴۰۰ تن اعلام کرد')).toMatchObject([
      { value: 400, qualifier: 'about', unit: 'killed', noun: 'people' },
    ]);
    expect(candidates('243 Afghan posts had been destroyed and 42 captured')).toMatchObject([
      { value: 243, unit: 'destroyed', noun: 'posts' },
      { value: 42, unit: 'captured', noun: 'posts', side: 'afghanistan' },
    ]);
  });

  it('prefers a verb just before the number to one that starts the next clause, but not across "and"', () => {
    expect(candidates('troops briefly captured 21 Afghan positions and destroyed camps')).toMatchObject([{ value: 21, unit: 'captured' }]);
    expect(candidates('forces captured 25 posts and 9 soldiers died in the fighting')).toMatchObject([
      { value: 25, unit: 'captured', noun: 'posts' },
      { value: 9, unit: 'killed', noun: 'soldiers' },
    ]);
  });

  it('reads Urdu, Persian and Pashto word orders and digits', () => {
    expect(candidates('۵۸ پاکستانی فوجی ہلاک ہوئے')).toMatchObject([{ value: 58, unit: 'killed', noun: 'soldiers', side: 'pakistan' }]);
    expect(candidates('۵۸ تن از نظامیان پاکستانی کشته شدند')).toMatchObject([
      { value: 58, unit: 'killed', noun: 'soldiers', side: 'pakistan' },
    ]);
    expect(candidates('۳۰ زخمی')).toMatchObject([{ value: 30, unit: 'wounded' }]);
    expect(candidates('۵۸ پاکستاني سرتیري ووژل شول')).toMatchObject([{ value: 58, unit: 'killed', noun: 'soldiers', side: 'pakistan' }]);
    // Ranges: Persian تا, Urdu سے; the Persian compound "fighters of the Taliban" takes the Taliban's side.
    expect(candidates('۱۵ تا ۲۰ جنگجوی طالبان کشته شدند')).toMatchObject([{ min: 15, max: 20, unit: 'killed', noun: 'fighters' }]);
    expect(candidates('۱۵ سے ۲۰ افغان طالبان مارے گئے')).toMatchObject([{ min: 15, max: 20, unit: 'killed', side: 'afghanistan' }]);
    expect(candidates('بیش از ۲۰۰ نیروی طالبان را کشته است')).toMatchObject([
      { value: 200, qualifier: 'over', noun: 'fighters', side: 'afghanistan' },
    ]);
  });

  it('reads Urdu حملہ آور (attackers) and Pashto وسلوال (armed men, one word) as fighters', () => {
    expect(candidates('اس دوران تقریباً ۲۰۰ حملہ آور مارے گئے۔')).toMatchObject([
      { value: 200, qualifier: 'about', unit: 'killed', noun: 'fighters' },
    ]);
    expect(candidates('پوځ ادعا کړې چې لږ تر لږه ۷۰ وسلوال یې وژلي دي.')).toMatchObject([
      { value: 70, qualifier: 'at-least', unit: 'killed', noun: 'fighters' },
    ]);
    // Attacks (حملے) are no one killed; nor is a count of attackers who did something else.
    expect(candidates('اس دوران ۲۰۰ حملے کیے گئے۔')).toEqual([]);
    expect(candidates('۲۰۰ حملہ آور سرحد پار کر گئے۔')).toEqual([]);
  });

  it('reads Urdu عسکریت پسند and شرپسند (militants), as شدت پسند, and English gunmen as fighters (round seventeen)', () => {
    expect(candidates('فورسز کی کارروائی میں ۱۲ عسکریت پسند ہلاک ہو گئے۔')).toMatchObject([
      { value: 12, unit: 'killed', noun: 'fighters' },
    ]);
    expect(candidates('جھڑپ میں ۱۲ عسکریت پسندوں کو ہلاک کر دیا گیا۔')).toMatchObject([{ value: 12, noun: 'fighters' }]);
    // شرپسند (miscreants), مسلح افراد (armed men: Urdu's order of Persian افراد مسلح) and English "gunmen" too; armed
    // men's victims ("gunmen killed seven people") are people, and persons (افراد) alone are no fighters.
    expect(candidates('حملے میں 7 شرپسند مارے گئے۔')).toMatchObject([{ value: 7, unit: 'killed', noun: 'fighters' }]);
    expect(candidates('جھڑپ میں ۶ مسلح افراد ہلاک ہوئے۔')).toMatchObject([{ value: 6, unit: 'killed', noun: 'fighters' }]);
    expect(candidates('جھڑپ میں ۶ افراد ہلاک ہوئے۔')).toMatchObject([{ value: 6, unit: 'killed', noun: 'people' }]);
    expect(candidates('Seven gunmen were killed in the raid.')).toMatchObject([{ value: 7, unit: 'killed', noun: 'fighters' }]);
    expect(candidates('Gunmen killed seven people.')).toMatchObject([{ value: 7, unit: 'killed', noun: 'people' }]);
    // Militancy (عسکریت) alone is no one.
    expect(candidates('۱۲ برس کی عسکریت کے دوران کئی لوگ ہلاک ہوئے۔')).toEqual([]);
  });

  it('reads the Urdu and Pashto tolls of "those who died / were killed" and "the dead"', () => {
    expect(candidates('مرنے والوں کی تعداد ۱۷ ہو گئی')).toMatchObject([{ value: 17, unit: 'killed' }]);
    expect(candidates('ہلاک ہونے والوں کی تعداد بڑھ کر ۱۷ ہو گئی')).toMatchObject([{ value: 17, unit: 'killed' }]);
    expect(candidates('زخمی ہونے والوں کی تعداد ۴۰ ہے')).toMatchObject([{ value: 40, unit: 'wounded' }]);
    expect(candidates('د مړو شمېر ۱۷ ته ورسېد')).toMatchObject([{ value: 17, unit: 'killed' }]);
    // A part of the dead, and a count of something else beside "the dead".
    expect(candidates('مرنے والوں میں ۵ بچے شامل ہیں۔')).toEqual([]);
    expect(candidates('مرنے والوں کی یاد میں ۵ منٹ کی خاموشی')).toEqual([]);
  });

  it('reads number words and verbal nouns in Urdu, Persian and Pashto', () => {
    expect(candidates('پنج سرباز و ۲۵ شبه‌نظامی کشته شده‌اند')).toMatchObject([
      { value: 5, unit: 'killed', noun: 'soldiers' },
      { value: 25, unit: 'killed', noun: 'fighters' },
    ]);
    expect(candidates('اووه پاکستاني سرتېري ووژل شول')).toMatchObject([{ value: 7, unit: 'killed', noun: 'soldiers', side: 'pakistan' }]);
    expect(candidates('641 افغان کارندوں کی ہلاکت')).toMatchObject([{ value: 641, unit: 'killed', noun: 'fighters', side: 'afghanistan' }]);
    expect(candidates('188 چیک پوسٹیں تباہ ہوئیں اور 31 پر قبضہ کر لیا گیا')).toMatchObject([
      { value: 188, unit: 'destroyed', noun: 'posts' },
      { value: 31, unit: 'captured', noun: 'posts' },
    ]);
    expect(candidates('چار لاشیں لائی گئیں')).toMatchObject([{ value: 4, unit: 'killed' }]);
    expect(candidates('هفت تن دیگر زخم برداشتند')).toMatchObject([{ value: 7, unit: 'wounded' }]);
    // The perfect joined across a non-joiner: "have been wounded", not the "killed" of the clause before.
    expect(candidates('۳ تن جان باخته و ۹ تن دیگر زخم برداشته‌اند')).toMatchObject([
      { value: 3, unit: 'killed' },
      { value: 9, unit: 'wounded' },
    ]);
    expect(candidates('د وژل شویو شمېر ۴۰۰ تنو ته رسېدلی')).toMatchObject([{ value: 400, unit: 'killed', noun: 'people' }]);
  });

  it('reads a Persian perfect of a verb of loss, and the Pashto clitic یې before the verb', () => {
    // "Nine soldiers have died on the Afghan side too": the ending ‌اند joins the participle across a non-joiner.
    expect(candidates('در سوی افغانستان نیز ۹ سرباز جان باخته‌اند')).toMatchObject([{ value: 9, unit: 'killed', noun: 'soldiers' }]);
    expect(candidates('دست‌کم ۵ سرباز کشته‌اند')).toMatchObject([{ value: 5, unit: 'killed', noun: 'soldiers' }]);
    // Only a verb of loss takes the ending: "nine soldiers are tired", "nine soldiers have stayed" hold no figure.
    expect(candidates('۹ سرباز خسته‌اند')).toEqual([]);
    expect(candidates('۹ سرباز مانده‌اند')).toEqual([]);
    // Pashto "(it) killed four civilians and wounded four others": یې ("them") stands between the count and its verb.
    expect(candidates('څلور ملکي وګړي یې ووژل او څلور نور یې ټپیان کړل')).toMatchObject([
      { value: 4, unit: 'killed', noun: 'civilians' },
      { value: 4, unit: 'wounded', noun: 'civilians' },
    ]);
    // یې after a number is still "of them" (a part of the count before it), never a count of its own.
    expect(candidates('۸ تنه ملکي وګړي، چې درې یې ماشومان وو، ووژل شول')).toMatchObject([{ value: 8, unit: 'killed' }]);
    expect(candidates('۸ تنه ملکي وګړي، چې درې یې ماشومان وو، ووژل شول')).toHaveLength(1);
  });

  it('reads a part of a count as part of it, and an object left out as the one before it', () => {
    // "three of them cricketers" does not cut the eight off from their verb.
    expect(candidates('eight people, three of them cricketers, were killed')).toMatchObject([{ value: 8, unit: 'killed', noun: 'people' }]);
    expect(candidates('۸ تنه ملکي وګړي، چې درې یې کرکټ لوبغاړي وو، ووژل شول')).toMatchObject([{ value: 8, unit: 'killed' }]);
    expect(candidates('air strikes killed at least 35 people and injured 422.')).toMatchObject([
      { value: 35, unit: 'killed', noun: 'people' },
      { value: 422, unit: 'wounded', noun: 'people' },
    ]);
    expect(candidates('destroyed 182 Afghan Taliban posts and captured 31.')).toMatchObject([
      { value: 182, unit: 'destroyed', noun: 'posts' },
      { value: 31, unit: 'captured', noun: 'posts' },
    ]);
    expect(candidates('the strike killed 12 people and injured 20 more.')).toMatchObject([
      { value: 12, unit: 'killed', noun: 'people' },
      { value: 20, unit: 'wounded', noun: 'people' },
    ]);
    // The verb must stand right before the number (or "another" between), and the clause end after it (or "more").
    expect(candidates('killed 12 people and injured 20 more than once')).toHaveLength(1);
    expect(candidates('the army killed at least 352 fighters and wounded another 535.')).toHaveLength(2);
    expect(candidates('killed 35 people and injured 422 years after')).toHaveLength(1);
    expect(candidates('killed 35 people and injured another 422 years after')).toHaveLength(1);
    expect(candidates('killed 35 people and injured a further 422 of them later')).toHaveLength(1);
    expect(candidates('killed 58 years ago')).toEqual([]);
  });
  it('reads "all seven were killed" (Persian هر هفت نفر, Pashto ټول اووه کسان) as a group counted before, no count of its own', () => {
    expect(candidates('in the firing that followed all seven were killed.')).toEqual([]);
    expect(candidates('در درگیری پس از آن هر هفت نفر کشته شدند.')).toEqual([]);
    expect(candidates('په نښته کې ټول اووه کسان ووژل شول.')).toEqual([]);
    expect(candidates('in the firing that followed seven were killed.')).toMatchObject([{ value: 7, unit: 'killed' }]);
    expect(candidates('در درگیری پس از آن هفت نفر کشته شدند.')).toMatchObject([{ value: 7, unit: 'killed' }]);
    // A count with its kind or side is one of its own: "all 23 soldiers were killed".
    expect(candidates('all 23 soldiers were killed.')).toMatchObject([{ value: 23, unit: 'killed', noun: 'soldiers' }]);
  });

  it("leaves a verb that closed its own clause to it, unless it was the count before's", () => {
    // "wiped out" is the depot's: the 27 posts were only "hit".
    expect(candidates('an ammunition depot wiped out and twenty-seven Taliban posts hit')).toEqual([]);
    expect(candidates('58 Pakistani soldiers had died and nine Afghan soldiers as well')).toMatchObject([
      { value: 58, unit: 'killed', side: 'pakistan' },
      { value: 9, unit: 'killed', noun: 'soldiers', side: 'afghanistan' },
    ]);
  });

  it('reads "taken", "took" and "the seizure of" as captures', () => {
    expect(candidates('Afghan forces had taken 25 Pakistani army posts')).toMatchObject([
      { value: 25, unit: 'captured', noun: 'posts', side: 'pakistan' },
    ]);
    expect(candidates('the seizure of 25 military outposts')).toMatchObject([{ value: 25, unit: 'captured', noun: 'posts' }]);
    expect(candidates('took two military bases and 19 border posts')).toMatchObject([
      { value: 2, unit: 'captured', noun: 'posts' },
      { value: 19, unit: 'captured', noun: 'posts' },
    ]);
    expect(candidates('133 Afghans had been killed')).toMatchObject([{ value: 133, unit: 'killed', side: 'afghanistan' }]);
  });

  it('needs a verb of loss: a count of people doing something else is not a figure', () => {
    expect(candidates('30 soldiers were deployed to the border')).toEqual([]);
    expect(candidates('58 years after the war')).toEqual([]);
    expect(candidates('he killed time for 58 minutes')).toEqual([]);
    expect(candidates('hundreds of soldiers were killed')).toEqual([]);
  });

  it('stops at the end of a sentence', () => {
    expect(candidates('There were 58 soldiers. Many were killed.')).toEqual([]);
  });

  it('reads a range closed by Pashto پورې or Urdu تک (up to) as the range before its noun', () => {
    expect(candidates('اټکل کېږي چې له ۲۵ تر ۳۰ پورې افغان طالبان وژل شوي دي.')).toMatchObject([
      { value: 25, min: 25, max: 30, qualifier: 'range', unit: 'killed', noun: 'fighters', side: 'afghanistan' },
    ]);
    expect(candidates('فوج نے ۲۵ سے ۳۰ تک طالبان جنگجو ہلاک کر دیے۔')).toMatchObject([{ min: 25, max: 30, noun: 'fighters' }]);
    // Not after a single number: "۳۰ پورې" alone is "up to 30", no range.
    expect(candidates('اټکل کېږي چې ۳۰ پورې افغان طالبان وژل شوي دي.')).toEqual([]);
  });

  it("gives soldiers told as a side's own (its, their, lost) the one side their clause names before them", () => {
    expect(candidates('The UN counted 50 Afghan civilians, while Pakistan reported that 23 of its soldiers had died.')).toMatchObject([
      { value: 50, side: 'afghanistan' },
      { value: 23, noun: 'soldiers', side: 'pakistan' },
    ]);
    expect(candidates('At the weekend Afghanistan had lost up to 23 soldiers, by its own count.')).toMatchObject([
      { value: 23, side: 'afghanistan' },
    ]);
    // Without the possessive the soldiers are nobody's in particular; nor across a sentence.
    expect(candidates('Pakistan reported that 23 soldiers had died.')).toMatchObject([{ value: 23, side: undefined }]);
    expect(candidates('Pakistan closed the crossing. Officials said 23 of its soldiers had died.')).toMatchObject([
      { value: 23, side: undefined },
    ]);
    expect(candidates('Pakistan said Afghan forces attacked, and it lost 23 soldiers.')).toMatchObject([{ value: 23, side: undefined }]);
    expect(candidates('Pakistan said Afghan forces had lost 23 soldiers.')).toMatchObject([{ value: 23, side: undefined }]);
  });

  it('reads people taken to hospital (Pashto روغتون ته یوړل, Urdu ہسپتال منتقل, Persian به بیمارستان منتقل) as wounded, bodies as dead', () => {
    expect(candidates('په چمن کې درې کسان، چې یوه ښځه هم پکې وه، روغتون ته یوړل شول.')).toMatchObject([
      { value: 3, unit: 'wounded', noun: 'people' },
    ]);
    expect(candidates('دھماکے کے بعد پانچ افراد کو ہسپتال منتقل کیا گیا')).toMatchObject([{ value: 5, unit: 'wounded', noun: 'people' }]);
    expect(candidates('۵ تن به بیمارستان منتقل شدند')).toMatchObject([{ value: 5, unit: 'wounded' }]);
    // The dead taken there are the dead.
    expect(candidates('د پنځو کسانو مړي روغتون ته یوړل شول')).toMatchObject([{ value: 5, unit: 'killed' }]);
    expect(candidates('۵ لاشیں ہسپتال منتقل کی گئیں')).toMatchObject([{ value: 5, unit: 'killed' }]);
  });

  it('reads people destroyed ("wiped out", Pashto له منځه وړل, Persian نابود) as killed, things as destroyed', () => {
    expect(candidates('security forces wiped out 30 militants in the raid')).toMatchObject([
      { value: 30, unit: 'killed', noun: 'fighters' },
    ]);
    expect(candidates('پوځ ویلي چې له 200 څخه زیات ترهګر یې له منځه وړي دي.')).toMatchObject([
      { value: 200, unit: 'killed', noun: 'fighters' },
    ]);
    expect(candidates('در این عملیات ۲۰ تروریست نابود شدند.')).toMatchObject([{ value: 20, unit: 'killed', noun: 'fighters' }]);
    // Things stay destroyed.
    expect(candidates('security forces wiped out 30 posts in the raid')).toMatchObject([{ value: 30, unit: 'destroyed', noun: 'posts' }]);
    expect(candidates('پوځ ویلي چې شپږ ټانکونه یې له منځه وړي دي.')).toMatchObject([{ value: 6, unit: 'destroyed', noun: 'tanks' }]);
  });
});

const rt = miniRuntime();
const body = (...texts: string[]): TextBlock[] => texts.map((text) => ({ text, kind: 'body' }));
/** A relevant context paragraph so that the gate lets figures through. */
const CONTEXT = 'Fighting broke out along the Durand Line near Torkham between Afghan and Pakistani forces.';

function figures(text: string, published = '2025-10-20') {
  return scanDocument(body(CONTEXT, text), { published }, rt).figures.map((f) => [f.text, f.claimId, f.claimant]);
}

describe('figure shapes of issue 12', () => {
  const read = (text: string) =>
    findFigureCandidates(normalizeText(text)).map((c) => `${c.value} ${c.unit} ${c.noun ?? '-'} ${c.side ?? '-'}`);

  it('reads verbal nouns and "N others" as the people of the count before them', () => {
    expect(read('It reported the killing of 58 Pakistani soldiers and the wounding of 30 others.')).toEqual([
      '58 killed soldiers pakistan',
      '30 wounded soldiers pakistan',
    ]);
    expect(read('The raids left 12 dead.')).toEqual(['12 killed - -']);
  });

  it('counts what the compound counts ("Afghan Taliban posts", "military outposts")', () => {
    expect(read('Tarar said 27 Afghan Taliban posts were destroyed.')).toEqual(['27 destroyed posts afghanistan']);
    expect(read('They captured 25 military outposts.')).toEqual(['25 captured posts -']);
    // An adjective of the compound between the group and the posts (round twenty-six): still posts, the verb before the
    // number theirs. A group's own people with a place after them are people, and so are their commanders.
    expect(read('Islamabad said it had destroyed 12 Afghan Taliban border posts.')).toEqual(['12 destroyed posts afghanistan']);
    expect(read('Islamabad said it had killed 12 Taliban fighters at border posts.')).toEqual(['12 killed fighters afghanistan']);
    expect(read('Islamabad said it had killed 12 Taliban military commanders.')).toEqual(['12 killed fighters afghanistan']);
    // Urdu: "took control of 12 military bases" (اڈوں: bases) counts posts, not soldiers ("فوجی" as an adjective);
    // "12 soldiers were killed" with the same word is soldiers. Urdu "کنٹرول سنبھال لیا" (took control) is a capture.
    expect(read('انہوں نے ۱۲ فوجی اڈوں کا کنٹرول سنبھال لیا')).toEqual(['12 captured posts -']);
    expect(read('انہوں نے ۱۲ فوجی ہلاک کیے')).toEqual(['12 killed soldiers -']);
    // "19 posts including two military bases" (Urdu سمیت after the part): the part is no count of its own; "two bases
    // and 19 posts" are two.
    expect(read('انہوں نے دو فوجی اڈوں سمیت ۱۹ چوکیوں کا کنٹرول سنبھال لیا')).toEqual(['19 captured posts -']);
    expect(read('انہوں نے دو فوجی اڈوں اور ۱۹ چوکیوں کا کنٹرول سنبھال لیا')).toEqual(['2 captured posts -', '19 captured posts -']);
    expect(read('حملے میں دو پاکستانی فوجیوں سمیت ۵ افراد جاں بحق ہو گئے')).toEqual(['5 killed people -']);
    // Pashto "destroyed 226 control posts" (کنټرول پوستې, وړې agreeing with the feminine posts); "226 control posts
    // were built" is no figure.
    expect(read('ځواکونو ۲۲۶ کنټرول پوستې له منځه وړې')).toEqual(['226 destroyed posts -']);
    expect(read('ځواکونو ۲۲۶ کنټرول پوستې جوړې کړې')).toEqual([]);
  });
});

describe('figure → claim', () => {
  it("never gives a disaster's toll to a claim, nor a count of another month", () => {
    expect(figures('At least 80 civilians were killed in Kunar.')).toEqual([['At least 80 civilians', 'c-80-exact', 'unama']]);
    expect(figures('At least 80 civilians were killed in Kunar when the earthquake struck.')).toEqual([]);
    expect(figures('At least 80 civilians were killed in Kunar in May.')).toEqual([]);
    expect(figures('At least 80 civilians were killed in Kunar in October.')).toEqual([['At least 80 civilians', 'c-80-exact', 'unama']]);
  });

  it('keeps a claim of weeks ago away from a count that names neither its claimant nor its place', () => {
    expect(figures('At least 80 civilians were killed, officials said.', '2025-10-20')).toEqual([
      ['At least 80 civilians', 'c-80-exact', 'unama'],
    ]);
    expect(figures('At least 80 civilians were killed, officials said.', '2026-01-20')).toEqual([]);
    expect(figures('UNAMA said at least 80 civilians were killed.', '2026-01-20')).toEqual([
      ['at least 80 civilians', 'c-80-exact', 'unama'],
    ]);
  });

  it('matches each figure to its claimant by value, unit and subject', () => {
    expect(figures('Zabihullah Mujahid said 58 Pakistani soldiers were killed and 30 wounded.')).toEqual([
      ['58 Pakistani soldiers', 'c-58', 'mujahid'],
      ['30 wounded', 'c-30', 'mujahid'],
    ]);
    expect(figures('The ISPR said 23 soldiers were martyred and more than 200 Taliban were killed.')).toEqual([
      ['23 soldiers', 'c-23', 'ispr'],
      ['more than 200 Taliban', 'c-200', 'ispr'],
    ]);
    expect(figures('The ISPR said 15 to 20 Afghan fighters were killed.')).toEqual([['15 to 20 Afghan fighters', 'c-15-20', 'ispr']]);
  });

  it("reads Pakistan's count of Taliban and TTP dead told as Afghan soldiers as that count; soldiers of no side or Pakistan's are not", () => {
    expect(figures('The ISPR said more than 200 Afghan soldiers were killed.')).toEqual([
      ['more than 200 Afghan soldiers', 'c-200', 'ispr'],
    ]);
    expect(figures('The ISPR said more than 200 soldiers were killed.')).toEqual([]);
    expect(figures('The ISPR said more than 200 Pakistani soldiers were killed.')).toEqual([]);
  });

  it('returns no match when two claimants fit equally', () => {
    expect(figures('At least 17 civilians were killed in Kunar.')).toEqual([]);
  });

  it("takes no claim for a headline's bare count, and one for a headline's count of whom", () => {
    const headline = (text: string) =>
      scanDocument([{ text, kind: 'headline' }, ...body(CONTEXT)], { published: '2025-10-20' }, rt).figures.map((f) => f.claimId);
    expect(headline('Border clash near Torkham: 23 Pakistani soldiers killed')).toEqual(['c-23']);
    expect(headline('Border clash near Torkham: the commander and 23 others killed')).toEqual([]);
    // In the body, the same bare count is read with its paragraph.
    expect(figures('23 were killed in the clash.')).toEqual([['23 were killed', 'c-23', 'ispr']]);
  });

  it("lets the sentence's district or province, before the count or after it, decide between claims of the page's weeks", () => {
    expect(figures('In the strike on Kunar, 9 civilians were killed.')).toEqual([['9 civilians', 'c-9-kunar', 'unama']]);
    expect(figures('After the strikes on Paktika, 9 civilians were dead.')).toEqual([['9 civilians', 'c-9-paktika', 'iea']]);
    expect(figures('In the strikes, 9 civilians were killed.')).toEqual([]);
    // A place of neither claim decides nothing.
    expect(figures('In the strike on Nangarhar, 9 civilians were killed.')).toEqual([]);
  });

  it('lets the claimant named in the sentence decide between them', () => {
    expect(figures('UNAMA said at least 17 civilians were killed in Kunar.')).toEqual([['at least 17 civilians', 'c-17-unama', 'unama']]);
    expect(figures('The IEA said 17 civilians were killed in Kunar.')).toEqual([['17 civilians', 'c-17-iea', 'iea']]);
  });

  it('refuses a figure the sentence attributes to someone whose claims do not fit, unless it is a full fit to another party (flagged)', () => {
    // Only Mujahid claims 58: a sentence that gives it to the ISPR matches his claim, flagged as misattributed
    // (lib/engine/attribution.ts); a looser fit stays unmatched.
    const flagged = scanDocument(body(CONTEXT, 'The ISPR said 58 soldiers were killed.'), { published: '2025-10-20' }, rt).figures;
    expect(flagged.map((f) => [f.text, f.claimId, f.attributedTo, f.misattributed])).toEqual([['58 soldiers', 'c-58', 'ispr', true]]);
    const unama = scanDocument(body(CONTEXT, 'UNAMA said 23 soldiers were killed.'), { published: '2025-10-20' }, rt).figures;
    expect(unama.map((f) => [f.claimId, f.attributedTo, f.misattributed])).toEqual([['c-23', 'unama', true]]);
  });

  it('refuses the wrong subject or unit', () => {
    expect(figures('58 Afghan soldiers were killed.')).toEqual([]);
    expect(figures('58 civilians were killed.')).toEqual([]);
    expect(figures('58 Pakistani soldiers were wounded.')).toEqual([]);
    expect(figures('25 Pakistani posts were destroyed.')).toEqual([]);
    expect(figures('Mujahid said 25 Pakistani posts were captured.')).toEqual([['25 Pakistani posts', 'c-25-posts', 'mujahid']]);
  });

  it('ignores claims made after the page was published', () => {
    expect(figures('UNAMA said 40 civilians were killed.', '2025-10-20')).toEqual([]);
    expect(figures('UNAMA said 40 civilians were killed.', '2025-11-21')).toEqual([['40 civilians', 'c-40-later', 'unama']]);
  });

  it('does not match a number alone or inside a range it does not equal', () => {
    expect(figures('The ISPR said 20 Afghan fighters were killed.')).toEqual([]);
    expect(figures('The ISPR said 23 soldiers arrived.')).toEqual([]);
  });

  it('keeps an old claim about another place away from a new count ("killed in Nangarhar")', () => {
    expect(figures('UNAMA said 12 people were killed in Nangarhar.', '2026-02-24')).toEqual([]);
    expect(figures('UNAMA said 12 people were killed in Paktika.', '2026-02-24')).toEqual([['12 people', 'c-12-paktika', 'unama']]);
    // A place named before the figure is where it was said, not where it happened.
    expect(figures('In Nangarhar, UNAMA said 12 people were killed.', '2026-02-24')).toEqual([['12 people', 'c-12-paktika', 'unama']]);
  });

  it('tells the same side’s counts apart by the page’s date', () => {
    const text = 'Officials said at least 70 militants were killed in the strikes.';
    expect(figures(text, '2026-02-24')).toEqual([['at least 70 militants', 'c-70-feb', 'pak-gov']]);
    expect(figures(text, '2025-10-20')).toEqual([['at least 70 militants', 'c-70-oct', 'ispr']]);
  });

  it('prefers the voice named over others of its side', () => {
    expect(figures('Sharafat Zaman said about 400 people were killed.', '2026-03-18')).toEqual([
      ['about 400 people', 'c-400-health', 'health-spox'],
    ]);
    expect(figures('About 400 people were killed, officials said.', '2026-03-18')).toEqual([]);
  });

  it('does not read "more than N" as a claim of exactly N', () => {
    expect(figures('More than 80 civilians were killed in Kunar.')).toEqual([]);
    expect(figures('At least 80 civilians were killed in Kunar.')).toEqual([['At least 80 civilians', 'c-80-exact', 'unama']]);
  });

  it('matches Urdu figures to claims', () => {
    expect(figures('ذبیح الله مجاهد نے کہا کہ ۵۸ پاکستانی فوجی ہلاک ہوئے۔')).toEqual([['۵۸ پاکستانی فوجی', 'c-58', 'mujahid']]);
  });
});

describe('figure shapes of round three (issue #12)', () => {
  it('reads a verb standing before its noun as an adjective', () => {
    expect(candidates('four wounded civilians were brought to the hospital')).toMatchObject([
      { value: 4, unit: 'wounded', noun: 'civilians', text: 'four wounded civilians' },
    ]);
    expect(candidates('two injured Afghan guards')).toMatchObject([{ value: 2, unit: 'wounded', noun: 'soldiers', side: 'afghanistan' }]);
    // Urdu: "four bodies and four wounded civilians were brought in".
    expect(candidates('چار لاشیں اور چار زخمی شہری لائے گئے')).toMatchObject([
      { value: 4, unit: 'killed' },
      { value: 4, unit: 'wounded', noun: 'civilians' },
    ]);
  });

  it('reads a toll that stands before its number', () => {
    expect(candidates('the number killed by the strike on the clinic in the capital had risen to at least 400')).toMatchObject([
      { value: 400, qualifier: 'at-least', unit: 'killed' },
    ]);
    // Urdu "the number of the dead rose to 400", Persian "the count of the killed reached 400", Pashto "the number of the killed reached 400".
    expect(candidates('ہلاکتوں کی تعداد بڑھ کر 400 ہو گئی')).toMatchObject([{ value: 400, unit: 'killed' }]);
    expect(candidates('شمار کشته‌شدگان این حمله به ۴۰۰ رسید')).toMatchObject([{ value: 400, unit: 'killed' }]);
    expect(candidates('د وژل شویو شمېر ۴۰۰ ته ورسېد')).toMatchObject([{ value: 400, unit: 'killed' }]);
    // No toll: a number after "rose to" is not a count of anyone.
    expect(candidates('the killing of the commander raised prices, which rose to 400 rupees')).toEqual([]);
  });

  it('gives a count after "while" (Urdu جبکہ) its own verb, not the clause before', () => {
    // Urdu: "243 check posts were destroyed, while 42 check posts were first captured".
    expect(candidates('243 چیک پوسٹیں تباہ کی گئیں، جبکہ 42 چیک پوسٹوں پر پہلے قبضہ کیا گیا')).toMatchObject([
      { value: 243, unit: 'destroyed', noun: 'posts' },
      { value: 42, unit: 'captured', noun: 'posts' },
    ]);
    expect(candidates('27 sites destroyed and nine captured')).toMatchObject([
      { value: 27, unit: 'destroyed', noun: 'posts' },
      { value: 9, unit: 'captured', noun: 'posts' },
    ]);
  });

  it('reads the verbs of loss that news in the four languages often uses', () => {
    expect(candidates('The strike claimed the lives of 12 soldiers.')).toMatchObject([{ value: 12, unit: 'killed', noun: 'soldiers' }]);
    expect(candidates('There were 12 fatalities among the troops.')).toMatchObject([{ value: 12, unit: 'killed' }]);
    expect(candidates('twelve soldiers embraced shahadat')).toMatchObject([{ value: 12, unit: 'killed', noun: 'soldiers' }]);
    expect(candidates('the number of civilian deaths reached 70')).toMatchObject([{ value: 70, unit: 'killed' }]);
    // Pashto: "the Taliban have killed 58 Pakistani soldiers"; "the claim of the killing of 23 Pakistani soldiers";
    // "26 people dead and 47 others wounded".
    expect(candidates('طالبانو ۵۸ پاکستاني سرتېري ووژلي دي')).toMatchObject([
      { value: 58, unit: 'killed', noun: 'soldiers', side: 'pakistan' },
    ]);
    expect(candidates('د ۲۳ پاکستاني سرتېرو د وژلو ادعا')).toMatchObject([
      { value: 23, unit: 'killed', noun: 'soldiers', side: 'pakistan' },
    ]);
    expect(candidates('۲۶ تنه مړه او ۴۷ نور ژوبل شوي')).toMatchObject([
      { value: 26, unit: 'killed' },
      { value: 47, unit: 'wounded' },
    ]);
    // Dari: "they killed 58 Pakistani soldiers" (را marks the object); "the count of the dead reached 40".
    expect(candidates('نیروهای امارت اسلامی ۵۸ سرباز پاکستانی را کشتند')).toMatchObject([
      { value: 58, unit: 'killed', noun: 'soldiers', side: 'pakistan' },
    ]);
    expect(candidates('شمار کشته‌ها به ۴۰ تن رسید')).toMatchObject([{ value: 40, unit: 'killed' }]);
    // A count with no noun right after its verb, where the clause ends or goes on with who.
    expect(candidates('The strikes killed 12, including five children.')).toMatchObject([{ value: 12, unit: 'killed' }]);
    expect(candidates('The shelling wounded 30.')).toMatchObject([{ value: 30, unit: 'wounded' }]);
    expect(candidates('He was killed 58 years ago, they said.')).toEqual([]);
    // "Another" between the verb and its count; a paragraph's end (blocks are joined by U+0000) ends the clause too.
    expect(candidates('The raids killed 133 Taliban and wounded another 200.')).toMatchObject([
      { value: 133, unit: 'killed' },
      { value: 200, unit: 'wounded', noun: 'fighters' },
    ]);
    expect(candidates('The shelling wounded 30\u0000Traders said the crossing stayed shut.')).toMatchObject([
      { value: 30, unit: 'wounded' },
    ]);
    expect(candidates('The raids killed 12 people and met another 200.')).toHaveLength(1);
    // The count called a claim after its comma, or followed by the next verb's count (round twenty-six); a noun after
    // the comma is no such end ("wounded another 200, a number of them children" is a count of its own).
    expect(candidates('The raids killed 133 Taliban and wounded another 200, a claim Kabul denies.')).toMatchObject([
      { value: 133, unit: 'killed' },
      { value: 200, unit: 'wounded' },
    ]);
    expect(candidates('A drone hit the car, killing 14 and wounding 10.')).toMatchObject([
      { value: 14, unit: 'killed' },
      { value: 10, unit: 'wounded' },
    ]);
    expect(candidates('The raids killed 133 Taliban and wounded another 200, claimed Kabul.')).toHaveLength(1);
    expect(candidates('A drone hit the car, killing 14 and sparing 10.')).toEqual([]);
    expect(candidates('The shelling wounded 30\u0000 years ago')).toHaveLength(1);
  });
});

describe('sentences that must not give a figure (round four, precision)', () => {
  it('does not take a noun across a comma: "killed 12, officials said" counts no officials', () => {
    expect(candidates('The strikes killed 12, officials said.')).toEqual([]);
    expect(candidates('the number of dead rose to 23, officials said')).toMatchObject([{ value: 23, unit: 'killed', noun: undefined }]);
    // The noun phrase itself is untouched.
    expect(candidates('Twelve people, officials said, were killed.')).toMatchObject([{ value: 12, unit: 'killed', noun: 'people' }]);
  });

  it('does not count officials as soldiers', () => {
    expect(candidates('Two Afghan officials were killed in the blast.').filter((c) => c.noun === 'soldiers')).toEqual([]);
    expect(candidates('Two Afghan guards were killed in the blast.')).toMatchObject([{ value: 2, noun: 'soldiers', side: 'afghanistan' }]);
  });

  it('keeps a single-digit toll of weeks ago away from a sentence that names its claimant but not its place', () => {
    expect(figures('The IEA said four civilians were killed.', '2025-10-20')).toEqual([['four civilians', 'c-4-kunar', 'iea']]);
    expect(figures('The IEA said four civilians were killed.', '2026-01-20')).toEqual([]);
    expect(figures('The IEA said four civilians were killed in Kunar.', '2026-01-20')).toEqual([['four civilians', 'c-4-kunar', 'iea']]);
    expect(figures('The IEA said four civilians were killed in October.', '2026-01-20')).toEqual([['four civilians', 'c-4-kunar', 'iea']]);
  });

  it('keeps a paragraph on its episode: a count that fits another event by number needs that event named', () => {
    expect(figures('UNAMA said 12 people were killed in Paktika. It said at least 80 civilians were killed.')).toEqual([
      ['12 people', 'c-12-paktika', 'unama'],
    ]);
    expect(figures('UNAMA said 12 people were killed in Paktika. It said at least 80 civilians were killed in Kunar.')).toEqual([
      ['12 people', 'c-12-paktika', 'unama'],
      ['at least 80 civilians', 'c-80-exact', 'unama'],
    ]);
  });

  it('does not read "up to N" as a report of exactly N', () => {
    expect(figures('The ISPR said up to 23 soldiers were killed.')).toEqual([]);
    expect(figures('The ISPR said 23 soldiers were killed.')).toEqual([['23 soldiers', 'c-23', 'ispr']]);
  });
});

describe('figure shapes of round six (issue #12)', () => {
  const read = (text: string) =>
    findFigureCandidates(normalizeText(text)).map((c) => `${c.value} ${c.unit} ${c.noun ?? '-'} ${c.side ?? '-'}`);

  it('reads "N of them" with a verb of its own as a count of the people before it', () => {
    // (The 40 reads on to the part's verb as well, as it did before: only the five is this rule's.)
    expect(read('The hospital said it had received 40 casualties, five of them dead.')).toEqual([
      '40 killed casualties -',
      '5 killed casualties -',
    ]);
    expect(read('Eight people were killed, three of whom died in hospital.')).toEqual(['8 killed people -', '3 killed people -']);
  });

  it('gives "N of them" no verb it does not have: a part of a count is not a count of its own', () => {
    expect(read('Ten soldiers were wounded, three of them seriously.')).toEqual(['10 wounded soldiers -']);
    expect(read('Of the 40 people detained, five of them were released.')).toEqual([]);
    expect(read('Eight people, three of them cricketers, were killed.')).toEqual(['8 killed people -']);
  });

  it('reads the Urdu adjective "سرحدی" (border) before its noun, and "کنٹرول حاصل" (took control) as a capture', () => {
    expect(read('افغانستان کی ۲۱ سرحدی چوکیوں پر قبضہ کر لیا گیا')).toEqual(['21 captured posts -']);
    expect(read('افغانستان کی انیس پوسٹوں پر مکمل کنٹرول حاصل کر لیا')).toEqual(['19 captured posts -']);
  });

  it('counts no border area as a post, and no fight for control as a capture', () => {
    // "An attempt to seize 21 border areas failed": the adjective is a filler, not a noun of its own.
    expect(read('۲۱ سرحدی علاقوں پر قبضے کی کوشش ناکام')).toEqual([]);
    // "Fighting goes on for control of 3 posts": control won ("کنٹرول حاصل") is a capture, control alone is not.
    expect(read('۳ پوسٹوں کے کنٹرول کے لیے لڑائی جاری ہے')).toEqual([]);
  });

  it('leaves a voice past "while" (جبکہ) to its own clause: the figure is still its own clause\'s', () => {
    expect(
      figures("Pakistan's military said it killed 15-20 Afghan Taliban fighters, while the Islamic Emirate said many soldiers died."),
    ).toEqual([['15-20 Afghan Taliban', 'c-15-20', 'ispr']]);
  });

  it("keeps the figure's own clause's voice: one that made no such claim still refuses it", () => {
    expect(figures('UNAMA said about 23 soldiers were killed, while the Islamic Emirate gave no figure.')).toEqual([]);
  });
});

describe('figure shapes of round eight (issue #12)', () => {
  const read = (text: string) =>
    findFigureCandidates(normalizeText(text)).map((c) => `${c.value} ${c.unit} ${c.noun ?? '-'} ${c.side ?? '-'}`);

  it('reads no toll in "N of the dead": a part of the dead is not a count of its own', () => {
    expect(read('On Sunday people gathered to bury 13 of the dead.')).toEqual([]);
    expect(read('Seven of the dead, three of them girls, were in Nangarhar.')).toEqual([]);
    expect(read('Two of those wounded died later in hospital.')).toEqual([]);
    // The toll itself, and a verbal noun's "of", are still read.
    expect(read('The strikes killed 13 civilians.')).toEqual(['13 killed civilians -']);
    expect(read('The army confirmed the deaths of 13 soldiers.')).toEqual(['13 killed soldiers -']);
  });

  it('reads the Pashto perfect participle "نیولې" (taken) as a capture, and nothing else done to posts', () => {
    expect(read('دوی ۲۵ پاکستاني پوستې نیولې وې')).toEqual(['25 captured posts pakistan']);
    expect(read('دوی ۲۵ پاکستاني پوستې جوړې کړې وې')).toEqual([]);
  });

  it('reads the Pashto oblique "نورو" (others) before a verbal noun as the people of the count before', () => {
    expect(read('یوناما د ۷۰ ملکي وګړو وژل او د ۴۷۸ نورو ټپي کېدل ثبت کړي دي')).toEqual([
      '70 killed civilians -',
      '478 wounded civilians -',
    ]);
    expect(read('یوناما د ۷۰ ملکي وګړو وژل او ۴۷۸ نورو کورونو ته زیان ثبت کړی')).toEqual(['70 killed civilians -']);
  });

  it('reads a Persian counter ("۵ تن دیگر") on to its verb further on, and not to a verb of something else', () => {
    expect(read('۴۰ تن از زخمیان به این مرکز منتقل شده‌اند و ۵ تن دیگر پیش از رسیدن به بیمارستان جان باخته‌اند.')).toEqual([
      '40 wounded - -',
      '5 killed people -',
    ]);
    expect(read('۵ تن دیگر پیش از رسیدن به بیمارستان مرخص شدند.')).toEqual([]);
  });

  it('reads the Urdu idiom "جان سے گئے" (lost their lives), and not "escaped with their lives"', () => {
    expect(read('پکتیکا پر فضائی حملے میں مجموعی طور پر ۸ افراد جان سے گئے۔')).toEqual(['8 killed people -']);
    expect(read('حملے کے بعد ۸ افراد جان بچا کر نکل گئے۔')).toEqual([]);
  });

  it('reads the idioms of loss that Urdu, Persian and Pashto news write a toll with, and not their look-alikes', () => {
    // Urdu: "lost the game of life", "became the morsel of death", "put to the ghat of death".
    expect(read('فائرنگ سے ۳ سپاہی جان کی بازی ہار گئے۔')).toEqual(['3 killed soldiers -']);
    expect(read('پاکستانی ٹیم ۳ رنز سے میچ ہار گئی۔')).toEqual([]);
    expect(read('حملے میں ۵ افراد لقمہ اجل بن گئے۔')).toEqual(['5 killed people -']);
    expect(read('۲۰ دہشت گردوں کو موت کے گھاٹ اتار دیا گیا۔')).toEqual(['20 killed fighters -']);
    expect(read('۲۰ افراد موت کے منہ سے بچ نکلے۔')).toEqual([]);
    // Persian: "lost their lives"; Iranian "مصدوم" (injured).
    expect(read('در این حمله ۱۲ غیرنظامی جان خود را از دست دادند.')).toEqual(['12 killed civilians -']);
    expect(read('در این حمله ۱۲ غیرنظامی جانشان را از دست دادند.')).toEqual(['12 killed civilians -']);
    expect(read('۱۲ تاجر سرمایه خود را از دست دادند.')).toEqual([]);
    expect(read('در این درگیری ۲۰ تن مصدوم شدند.')).toEqual(['20 wounded - -']);
    // Pashto: "lost (their) life".
    expect(read('په برید کې ۷ ملکیانو ژوند له لاسه ورکړ.')).toEqual(['7 killed civilians -']);
    expect(read('سوداګرو ۷ میلیونه ډالر له لاسه ورکړل.')).toEqual([]);
  });

  it('finds "جاں بحق ہوئے" on a page with no other verb of loss near it (the anchor pass reads the shorter verb)', () => {
    expect(figures('ذبیح الله مجاهد نے کہا کہ ۵۸ پاکستانی فوجی جاں بحق ہوئے۔')).toEqual([['۵۸ پاکستانی فوجی', 'c-58', 'mujahid']]);
    expect(figures('ذبیح الله مجاهد نے کہا کہ ۵۸ پاکستانی فوجی جاں بحق ہوگئے۔')).toEqual([['۵۸ پاکستانی فوجی', 'c-58', 'mujahid']]);
    expect(figures('ذبیح الله مجاهد نے کہا کہ زلزلے میں ۵۸ پاکستانی فوجی جاں بحق ہوئے۔')).toEqual([]);
  });

  it('reads a Persian participle joined to its auxiliary ("کشته‌شده‌اند", "جان‌باختند"), and no other word so joined', () => {
    expect(read('در این حمله ۱۲ سرباز پاکستانی کشته‌شده‌اند')).toEqual(['12 killed soldiers pakistan']);
    expect(read('در این حمله ۱۲ غیرنظامی زخمی‌شده‌اند')).toEqual(['12 wounded civilians -']);
    expect(read('در این حمله ۱۲ غیرنظامی جان‌باختند')).toEqual(['12 killed civilians -']);
    expect(read('۴۰ تن کشته‌شدند')).toEqual(['40 killed - -']);
    // "12 soldiers were deployed" (مستقر‌شده‌اند) is no toll.
    expect(read('در این منطقه ۱۲ سرباز پاکستانی مستقر‌شده‌اند')).toEqual([]);
  });

  it('reads the Pashto oblique "کسانو" (people) and the verbal noun "مړینه" (death), and no other noun of theirs', () => {
    expect(read('روغتیا وزارت د ۱۲ کسانو د مړینې خبر ورکړ')).toEqual(['12 killed people -']);
    expect(read('روغتیا وزارت د ۱۲ کسانو د راستنېدو خبر ورکړ')).toEqual([]);
  });

  it('gives a bare count before "and" and another verb the verb before it: "killed 12 and wounded 20"', () => {
    expect(read('The fighting has killed 12 and wounded 20.')).toEqual(['12 killed - -', '20 wounded - -']);
    expect(read('The strikes killed 12 and injured 20 others.')).toEqual(['12 killed - -', '20 wounded - -']);
    // With no verb of loss before it, the count is nobody's: "and wounded" is the next clause's.
    expect(read('Police counted 12 and wounded 20 were taken to hospital.')).not.toContainEqual('12 wounded - -');
    // "12 security and border personnel were killed": "and" inside a noun phrase still joins it.
    expect(read('12 security and border personnel were killed.')).toEqual(['12 killed soldiers -']);
  });

  it('reads a toll someone "put at" a number, and a Persian toll of casualties (آمار تلفات)', () => {
    expect(read('Provincial officials put the death toll at 12.')).toEqual(['12 killed - -']);
    expect(read('Officials placed the death toll at at least 40 on Monday.')).toEqual(['40 killed - -']);
    // A road toll is a fee, not a death toll.
    expect(read('The authorities put the toll at 12 rupees a truck.')).toEqual([]);
    // "put the number of … killed at": the same toll told by its number.
    expect(read('Kabul put the number of Pakistani soldiers killed at 58.')).toEqual(['58 killed - -']);
    expect(read('Doctors put the number of those injured at 30.')).toEqual(['30 wounded - -']);
    expect(read('The army put the number of its men wounded in action at 31.')).toEqual(['31 wounded - -']);
    expect(read('Traders put the number of trucks stranded at 58.')).toEqual([]);
    expect(read('آمار تلفات این حمله به ۴۰ تن رسید.')).toEqual(['40 casualties people -']);
    expect(read('آمار صادرات این گذرگاه به ۴۰ کامیون رسید.')).toEqual([]);
  });

  it("gives no claim a disaster's toll told with the new shapes", () => {
    expect(figures('ذبیح الله مجاهد نے کہا کہ سیلاب میں ۵۸ پاکستانی فوجی لقمہ اجل بن گئے۔')).toEqual([]);
    expect(figures('ذبیح الله مجاهد نے کہا کہ ۵۸ پاکستانی فوجی لقمہ اجل بن گئے۔')).toEqual([['۵۸ پاکستانی فوجی', 'c-58', 'mujahid']]);
    expect(figures('ذبیح الله مجاهد نے کہا کہ زلزلے میں ۵۸ پاکستانی فوجی جان سے گئے۔')).toEqual([]);
    expect(figures('ذبیح الله مجاهد نے کہا کہ ۵۸ پاکستانی فوجی جان سے گئے۔')).toEqual([['۵۸ پاکستانی فوجی', 'c-58', 'mujahid']]);
  });
});

describe('figure shapes of round nine (issue #12)', () => {
  const read = (text: string) =>
    findFigureCandidates(normalizeText(text)).map((c) => `${c.value} ${c.unit} ${c.noun ?? '-'} ${c.side ?? '-'}`);

  it('reads no capture in "taken to" (hospital, a city): taken somewhere is no capture', () => {
    expect(read('30 people were taken to hospital with wounds.')).toEqual([]);
    expect(read('Afghan forces had taken 25 Pakistani posts.')).toEqual(['25 captured posts pakistan']);
  });

  it('reads "held" as a capture of posts right before it, and of nothing else', () => {
    expect(read('The ISPR said 21 Afghan positions had been held for a day.')).toEqual(['21 captured posts afghanistan']);
    expect(read('Officials said 12 elders were held in Peshawar.')).toEqual([]);
    // A verb of another clause further on is not the count's.
    expect(read('Nine Afghan soldiers were among them, and Afghan forces held the ridge.')).toEqual([]);
  });

  it('reads a bare toll that goes on with "injuring" or "leaving", and not one that goes on with anything', () => {
    expect(read('The blast killed 12, injuring 30.')).toEqual(['12 killed - -', '30 wounded - -']);
    expect(read('The strike killed 12, leaving 30 others injured.')).toEqual(['12 killed - -', '30 wounded - -']);
    expect(read('The strike killed 12, officials said.')).toEqual([]);
  });

  it('reads "bringing the death toll to N" and "a death toll of N", not a road toll', () => {
    expect(read('Another victim died in hospital, bringing the death toll to 12.')).toEqual(['12 killed - -']);
    expect(read('Officials gave a death toll of 12.')).toEqual(['12 killed - -']);
    expect(read('Traders said the closure has killed business, raising the road toll to 120 rupees.')).toEqual([]);
  });

  it('reads vehicles waiting or standing at a crossing in Dari and Pashto, and no Pashto "went"', () => {
    expect(read('۴۰۰۰ تا ۵۰۰۰ کامیون در انتظار هستند')).toEqual(['4000 stranded vehicles -']);
    expect(read('۴۰۰۰ تر ۵۰۰۰ موټر ولاړ دي')).toEqual(['4000 stranded vehicles -']);
    expect(read('هغه ۵ بجې کور ته ولاړ')).toEqual([]);
  });

  it('reads the Urdu plural پوسٹس (posts), and not social-media posts', () => {
    expect(read('20 پاکستانی سیکیورٹی پوسٹس تباہ کر دی گئیں')).toEqual(['20 destroyed posts pakistan']);
    expect(read('12 سوشل میڈیا پوسٹس شیئر کی گئیں')).toEqual([]);
  });

  it('lends a count of people no noun of things from the count before it', () => {
    expect(read('انہوں نے کہا کہ 20 پاکستانی پوسٹس تباہ کر دی گئیں، اور 16 زخمی ہوئے۔')).toEqual([
      '20 destroyed posts pakistan',
      '16 wounded - -',
    ]);
    // People lend their noun as before.
    expect(read('Two Pakistani soldiers had been killed and three wounded.')).toEqual([
      '2 killed soldiers pakistan',
      '3 wounded soldiers pakistan',
    ]);
  });

  it('reads the Dari plural of forces with "their" (نیروهایشان) as soldiers, and not their families', () => {
    expect(read('۸ تن از نیروهایشان کشته شده‌اند')).toEqual(['8 killed soldiers -']);
    expect(read('۸ تن از خانواده‌هایشان کشته شده‌اند')).toEqual(['8 killed people -']);
  });

  it('reads one and nine (یو، ایک، نو) right before a noun of people, and not the Pashto "so" or "a number of"', () => {
    expect(read('افغان جانب کے بھی نو اہلکار ہلاک اور 16 زخمی ہوئے۔')).toEqual(['9 killed soldiers -', '16 wounded soldiers -']);
    expect(read('د ایف سي یو سرتېری وژل شوی او ۵ نور ټپیان شوي دي.')).toEqual(['1 killed soldiers -', '5 wounded soldiers -']);
    expect(read('نو خلک وايي چې ډېر کسان وژل شوي')).toEqual([]);
    expect(read('تارړ وویل چې یو شمېر نور ټپیان دي')).toEqual([]);
  });

  it('reads one (یو) in the window of text around a verb: not as the end of a longer word at its start, and with its noun past its end', () => {
    const words = normalizeText('یو سرتېری وژل شوی');
    const readIn = (text: string, anchors: number[]) =>
      findFigureCandidates(text, anchors).map((c) => `${c.value} ${c.unit} ${c.noun ?? '-'} ${c.side ?? '-'}`);
    // The window opens 200 characters before its anchor, right where یو starts (at 300).
    expect(readIn('ب'.repeat(300) + words, [500, 503])).toEqual([]);
    expect(readIn(`${'ب'.repeat(299)} ${words}`, [500, 503])).toEqual(['1 killed soldiers -']);
    // The window closes 80 characters after its anchor, one letter into یو (at 120).
    expect(readIn('ب '.repeat(60) + words, [41, 41])).toEqual(['1 killed soldiers -']);
  });

  it('reads "forced from their homes" as displacement', () => {
    expect(read('About 50,000 people have been forced from their homes.')).toEqual(['50000 displaced people -']);
    expect(read('They were forced from their homes 12 years ago.')).toEqual([]);
  });
});

describe('figure words of round ten (issue #12)', () => {
  const read = (text: string): string[] =>
    findFigureCandidates(normalizeText(text)).map((c) => `${c.value} ${c.unit} ${c.noun ?? '-'} ${c.side ?? '-'}`);

  it('reads the Persian killing of (کشتن) and "brought down" (از پا درآوردند) as killing, and not a wish to kill', () => {
    expect(read('ارتش از کشتن بیش از ۱۵۰ طالب خبر داد')).toEqual(['150 killed fighters afghanistan']);
    expect(read('نیروها در پاسخ بیش از ۱۵۰ شبه‌نظامی را از پا درآوردند.')).toEqual(['150 killed fighters -']);
    // A killing with no count of people: a number of days is no figure.
    expect(read('پس از ۱۵۰ روز از کشتن او')).toEqual([]);
  });

  it('reads the Persian death of (مرگ) as killing, as English "the deaths of", and not the risk of death (round twenty-six)', () => {
    expect(read('وزیر نوشت که مرگ ۱۳۳ طالب افغان تأیید شده است')).toEqual(['133 killed fighters afghanistan']);
    // "The risk of death" (خطر مرگ) threatening a count is a prospect, no toll.
    expect(read('به گفتهٔ یونیسف خطر مرگ ۱۲ هزار کودک را تهدید می‌کند')).toEqual([]);
    expect(read('پس از ۱۵۰ روز از مرگ او')).toEqual([]);
  });

  it('reads Persian and Urdu positions (موضع، ٹھکانے) as posts, past a hostile or military adjective', () => {
    expect(read('در بیانیه آمده است که ۳۱ موضع متخاصم به تصرف درآمده است.')).toEqual(['31 captured posts -']);
    expect(read('فوج نے ۳۱ مخالف ٹھکانوں پر قبضہ کر لیا')).toEqual(['31 captured posts -']);
    expect(read('امنيتي سرچينو وويل چې 31 افغان پوځي پوستې ونيول شوې')).toEqual(['31 captured posts afghanistan']);
    // Positions are no people: no count of killed posts.
    expect(read('۳۱ موضع در این حملات کشته شدند').filter((f) => !f.includes('posts'))).toEqual([]);
  });

  it('reads one count of the dead and the wounded together ("killed or wounded", کشته و زخمی) as casualties, not as two', () => {
    expect(read('58 Pakistani soldiers were killed or wounded.')).toEqual(['58 casualties soldiers pakistan']);
    expect(read('The attacks killed or wounded 58 soldiers.')).toEqual(['58 casualties soldiers -']);
    expect(read('در این حملات ۵۸ سرباز پاکستانی کشته و زخمی شدند')).toEqual(['58 casualties soldiers pakistan']);
    expect(read('حملوں میں 58 پاکستانی فوجی ہلاک و زخمی ہوئے')).toEqual(['58 casualties soldiers pakistan']);
    expect(read('په دې بریدونو کې ۵۸ پاکستاني سرتېري وژل شوي او ټپیان شوي')).toEqual(['58 casualties soldiers pakistan']);
    // Two counts, each with its own verb.
    expect(read('58 Pakistani soldiers were killed and 30 wounded.')).toEqual([
      '58 killed soldiers pakistan',
      '30 wounded soldiers pakistan',
    ]);
    expect(read('در این حمله ۵۸ سرباز کشته و ۳۰ تن دیگر زخمی شدند')).toEqual(['58 killed soldiers -', '30 wounded soldiers -']);
  });

  it('reads no count of its own in a part of the dead ("among the dead were 13", "of the 42 dead, 34")', () => {
    expect(read('Among the dead were 13 civilians from one family.')).toEqual([]);
    expect(read('Among those killed were at least 13 women and children.')).toEqual([]);
    expect(read('Of the 42 dead, 34 were killed in air strikes.')).toEqual(['42 killed - -']);
    expect(read('جاں بحق ہونے والوں میں 13 خواتین اور بچے شامل ہیں')).toEqual([]);
    expect(read('از میان کشته‌شدگان ۱۳ تن زن و کودک بودند')).toEqual([]);
    // The count itself, told with the dead after it.
    expect(read('The strikes killed 13 civilians, the dead among them women.')).toEqual(['13 killed civilians -']);
    expect(read('جھڑپ میں 13 شہری جاں بحق ہوئے')).toEqual(['13 killed civilians -']);
  });

  it('reads no figure in a prospect ("could be displaced", "threatened to kill", بے گھر ہو سکتے ہیں), only in a report', () => {
    expect(read('More than 100,000 people could be displaced if the fighting does not stop.')).toEqual([]);
    expect(read('The fighting could displace more than 100,000 people.')).toEqual([]);
    expect(read('The Taliban threatened to kill 58 Pakistani soldiers for every Afghan killed.')).toEqual([]);
    expect(read('لڑائی سے ۱۰۰۰۰۰ سے زائد افراد بے گھر ہو سکتے ہیں۔')).toEqual([]);
    expect(read('More than 100,000 people have been displaced by the fighting.')).toEqual(['100000 displaced people -']);
    expect(read('لڑائی سے ۱۰۰۰۰۰ سے زائد افراد بے گھر ہو گئے ہیں۔')).toEqual(['100000 displaced people -']);
    // A hedged report is still a report; a modal after the verb is another clause's.
    expect(read('At least 10 people may have been killed in the strike.')).toEqual(['10 killed people -']);
    expect(read('The army said it killed 58 soldiers, which will anger Kabul.')).toEqual(['58 killed soldiers -']);
  });

  it('reads the Persian "fell into the hands of" (افتاد) as a capture of posts only, and no other falling', () => {
    expect(read('در این حملات ۵۵ سرباز پاکستانی کشته شده و ۱۹ پوستهٔ پاکستانی به دست نیروهای آن افتاده است.')).toEqual([
      '55 killed soldiers pakistan',
      '19 captured posts pakistan',
    ]);
    expect(read('۵ سرباز پاکستانی در کمین طالبان افتادند و کشته شدند.')).toEqual(['5 killed soldiers pakistan']);
    expect(read('حمله‌ای که ۵ نفر در آن کشته شدند در شب اتفاق افتاد.')).toEqual(['5 killed people -']);
  });

  it('reads the Urdu "forced to leave house and home" as displacement and "took the lives of" as killing', () => {
    expect(read('لڑائی نے ۱۰۰۰۰۰ سے زائد لوگوں کو گھر بار چھوڑنے پر مجبور کر دیا ہے')).toEqual(['100000 displaced people -']);
    expect(read('فضائی حملے نے ۱۰ افراد کی جان لے لی')).toEqual(['10 killed people -']);
    // A number of years is nobody's home left.
    expect(read('وہ ۱۰ سال پہلے گھر چھوڑ کر آئے تھے')).toEqual([]);
  });

  it('reads the Persian "took the lives of" (جان … را گرفت) as killing, and not lives at risk', () => {
    expect(read('حملات هوایی جان دست‌کم ۲۱ غیرنظامی، از جمله زنان و کودکان، را گرفته و هفت تن دیگر را زخمی کرده است.')).toEqual([
      '21 killed civilians -',
      '7 wounded civilians -',
    ]);
    expect(read('در این حملات جان ۲۱ کودک در خطر است و ۷ تن زخمی شدند.')).toEqual(['7 wounded - -']);
    // With no other verb of loss near it: "lives" itself opens the window the count is read in.
    expect(read('به گفتهٔ مقام‌ها، حملات هوایی در ولایت پکتیکا جان دست‌کم ده غیرنظامی را گرفت.')).toEqual(['10 killed civilians -']);
    expect(read('به گفتهٔ مقام‌ها، جان ده غیرنظامی در خطر است.')).toEqual([]);
  });

  it('reads Urdu numbers to a hundred, Persian hundreds and Pashto unit-and-tens (اته پنځوس: 58) as one number', () => {
    expect(read('طالبان کا کہنا ہے کہ اٹھاون پاکستانی فوجی ہلاک ہوئے')).toEqual(['58 killed soldiers pakistan']);
    expect(read('تئیس فوجی شہید ہو گئے')).toEqual(['23 killed soldiers -']);
    expect(read('دویست طالب کشته شدند')).toEqual(['200 killed fighters afghanistan']);
    expect(read('اته پنځوس پاکستاني سرتېري ووژل شول')).toEqual(['58 killed soldiers pakistan']);
    expect(read('دوه ویشت سرتېري ووژل شول')).toEqual(['22 killed soldiers -']);
    // A unit and a tens word of two counts, with words between them, stay two.
    expect(read('اته کسان ووژل شول او پنځوس نور ټپیان شول')).toEqual(['8 killed people -', '50 wounded people -']);
  });

  it('reads the army\'s "brave sons of Pakistan" as its soldiers, and no other sons', () => {
    expect(read('During the skirmishes, 31 brave sons of Pakistan embraced shahadat.')).toEqual(['31 killed soldiers pakistan']);
    expect(read('Funeral prayers were held for 12 courageous soldiers who were martyred.')).toEqual(['12 killed soldiers -']);
    expect(read('Two sons of the farmer were killed in the shelling.')).toEqual([]);
  });

  it('reads the joined Urdu "terrorists" (دہشتگرد) and the army\'s idioms of kills (منطقی انجام تک، واصل جہنم)', () => {
    expect(read('پاک افغان سرحد پر جھڑپ، 8 دہشتگرد ہلاک، 16 زخمی')).toEqual(['8 killed fighters -', '16 wounded fighters -']);
    expect(read('پاک فوج نے 8 افغان طالبان کو منطقی انجام تک پہنچا دیا')).toEqual(['8 killed fighters afghanistan']);
    expect(read('جھڑپ میں 2 افغان دہشتگرد واصل جہنم ہوگئے')).toEqual(['2 killed fighters afghanistan']);
    // Talks brought to their logical end within three months are nobody's toll.
    expect(read('حکومت مذاکرات کو 3 ماہ میں منطقی انجام تک پہنچائے گی')).toEqual([]);
  });

  it('reads members of a group (members of, اعضای) as the group, and no family members', () => {
    expect(read('Twelve members of the TTP were killed in the raid.')).toEqual(['12 killed fighters -']);
    expect(read('در این درگیری ۲۵ نفر از اعضای طالبان کشته شدند')).toEqual(['25 killed fighters afghanistan']);
    expect(read('12 members of one family were killed in the strike.')).toEqual([]);
  });

  it('reads the Persian "از میان برده" and "از بین برده" (taken away) as destroyed', () => {
    expect(read('به گفتهٔ او، ۱۱۵ تانک، نفربر زرهی و سیستم توپخانه نیز از میان برده شده است.')).toEqual(['115 destroyed tanks -']);
    expect(read('۴۰ تانک از بین برده شد')).toEqual(['40 destroyed tanks -']);
    expect(read('۴۰ تانک به میدان برده شد')).toEqual([]);
  });

  it('reads the Persian passive "از میان رفت" and "از بین رفتند" (went from the middle) as destroyed, as Pashto "له منځه تللي" (round twenty-six)', () => {
    expect(read('به گفتهٔ اسلام‌آباد ۱۴ پوستهٔ طالبان از میان رفت.')).toEqual(['14 destroyed posts afghanistan']);
    expect(read('۶۰ تانک و زره‌پوش از بین رفتند')).toEqual(['60 destroyed tanks -']);
    // Another verb after "from the middle" ("از میان برخاست", rose from among them) is no loss.
    expect(read('به گفتهٔ اسلام‌آباد ۱۴ پوستهٔ طالبان از میان برخاست.')).toEqual([]);
  });

  it('reads the Pashto "وسلوال" (armed men, written joined) as fighters', () => {
    expect(read('پوځ ادعا کړې وه چې لږ تر لږه ۷۰ وسلوال يې وژلي دي')).toEqual(['70 killed fighters -']);
    expect(read('پوځ ادعا کړې وه چې لږ تر لږه ۷۰ کورونه يې وژلي دي')).toEqual([]);
  });

  it('reads the Urdu "حملہ آور" (attackers) as fighters, as English "attackers"', () => {
    expect(read('جوابی کارروائی میں تقریباً ۲۰۰ حملہ آور مارے گئے۔')).toEqual(['200 killed fighters -']);
    expect(read('جوابی کارروائی میں تقریباً ۲۰۰ حملے کیے گئے۔')).toEqual([]);
  });

  it('reads "members of the force" as soldiers, and no other members', () => {
    expect(read('The attackers stormed the headquarters, killing three members of the force.')).toEqual(['3 killed soldiers -']);
    expect(read('The attackers stormed the house, killing three members of the household.')).toEqual([]);
  });

  it('reads "gunned down", checkpoints as posts, and the Frontier Corps by its initials (FC)', () => {
    expect(read('Pakistani forces gunned down 30 militants.')).toEqual(['30 killed fighters -']);
    expect(read('Pakistan said it had destroyed 19 Afghan checkpoints.')).toEqual(['19 destroyed posts afghanistan']);
    expect(read('12 FC personnel were martyred.')).toEqual(['12 killed soldiers -']);
    // Checkpoints set up, and aircraft shot down, are no one's losses.
    expect(read('The army set up 12 new checkpoints along the road.')).toEqual([]);
    expect(read('Pakistan shot down 2 Afghan drones.')).toEqual([]);
  });

  it('reads the Pashto verbal noun of taking (نیولو) as a capture', () => {
    expect(read('پاکستان د 31 افغان پوستو د نیولو ادعا کوي')).toEqual(['31 captured posts afghanistan']);
    expect(read('پاکستان د 31 افغان پوستو د ویجاړولو ادعا کوي').filter((f) => f.includes('captured'))).toEqual([]);
  });

  it('reads round eleven\'s verbs of loss: Pashto "لاندې کړې" and "له منځه تللي", the feminine "نورې", Urdu "مارا" and "ناکارہ", "the loss of", Persian "بیجا کرده"', () => {
    expect(read('پوځ ۴۰ پوستې ړنګې کړې او ۱۲ نورې یې ونیولې')).toEqual(['40 destroyed posts -', '12 captured posts -']);
    expect(read('۱۲ نورې ورځې یې ونیولې')).toEqual([]);
    expect(read('طالبانو ۱۴ پاکستاني پوستې لاندې کړې')).toEqual(['14 captured posts pakistan']);
    expect(read('۱۴ پاکستاني پوستې یې وکتلې')).toEqual([]);
    expect(read('۹۰ ټانکونه له منځه تللي دي')).toEqual(['90 destroyed tanks -']);
    expect(read('۹۰ ټانکونه وپلورل شول')).toEqual([]);
    expect(read('جھڑپ میں ایک فوجی مارا گیا')).toEqual(['1 killed soldiers -']);
    expect(read('جھڑپ کے بعد ایک فوجی واپس آیا')).toEqual([]);
    expect(read('۵۰ ٹینک ناکارہ بنا دیے گئے')).toEqual(['50 destroyed tanks -']);
    expect(read('۵۰ ٹینک خریدے گئے')).toEqual([]);
    expect(read('The army admitted the loss of 23 troops.')).toEqual(['23 killed soldiers -']);
    expect(read('The firm reported the loss of 23 million rupees.')).toEqual([]);
    expect(read('جنگ حدود ۳ هزار تن را بیجا کرده است')).toEqual(['3000 displaced - -']);
    expect(read('جنگ حدود ۳ هزار تن را کمک کرده است')).toEqual([]);
  });

  it('gives two counts of persons their shared verb across a scale word (Persian "۱۱۵ هزار تن … و ۳ هزار تن … بیجا کرده")', () => {
    expect(read('جنگ نزدیک به ۸۰ هزار تن را در غزنی و حدود ۲ هزار تن را در بلخ بیجا کرده است')).toEqual([
      '80000 displaced people -',
      '2000 displaced people -',
    ]);
    // A counter with a verb of its own after it starts another clause: the verb before is the first count's.
    expect(read('حمله جان ۱۳ غیرنظامی را گرفت و هفت تن دیگر را زخمی کرد')).toEqual(['13 killed civilians -', '7 wounded civilians -']);
  });

  it('reads the parts of a total told after a colon as counts of its people, each smaller than it', () => {
    const total = 'About 90,000 people have been driven from their homes by the shelling along the frontier, aid groups in the region say';
    expect(read(`${total}: around 85,000 on the Afghan side and about 5,000 in Pakistan.`)).toEqual([
      '90000 displaced people -',
      '85000 displaced people afghanistan',
      '5000 displaced people pakistan',
    ]);
    // No colon, no parts; nor a larger number after one (no part of the total).
    expect(read(`${total}, around 85,000 on the Afghan side and about 5,000 in Pakistan.`)).toEqual(['90000 displaced people -']);
    expect(read(`${total}: around 120,000 on the Afghan side.`)).toEqual(['90000 displaced people -']);
  });

  it('reads people told as a part of a count of people ("including two children") as no count of their own', () => {
    expect(read('Six people, including two children, were killed in the strike.')).toEqual(['6 killed people -']);
    expect(read('در این حملات ۹ غیرنظامی از جمله ۴ کودک جان باختند')).toEqual(['9 killed civilians -']);
    expect(read('حملے میں 6 افراد جاں بحق ہو گئے جن میں دو بچے شامل ہیں')).toEqual(['6 killed people -']);
    expect(read('حملے میں دو بچوں سمیت 6 افراد جاں بحق ہو گئے')).toEqual(['6 killed people -']);
    // The next part of the list after "including" / "از جمله" is a part too; a count past the list's comma is not.
    expect(read('Six people, including two women and three children, were killed.')).toEqual(['6 killed people -']);
    expect(read('در این حملات ۱۰ غیرنظامی از جمله ۶ کودک و ۴ زنان جان باختند')).toEqual(['10 killed civilians -']);
    // Urdu joins the list with اور: "56 civilians were killed, among whom 24 children and 6 women", then another count.
    expect(read('۵۶ شہری مارے گئے، جن میں ۲۴ بچے اور ۶ خواتین شامل ہیں، جبکہ ۱۲۹ افراد زخمی ہوئے')).toEqual([
      '56 killed civilians -',
      '129 wounded people -',
    ]);
    expect(read('Six people, including two women, were killed and three soldiers were wounded.')).toEqual([
      '6 killed people -',
      '3 wounded soldiers -',
    ]);
    // The total in words: "تین بچوں سمیت سات افراد" (seven people, three children among them); a plain word after
    // سمیت is no total.
    expect(read('گولہ باری سے تین بچوں سمیت سات افراد زخمی ہو گئے')).toEqual(['7 wounded people -']);
    expect(read('گولہ باری سے تین بچوں سمیت ان کے والد بھی زخمی ہو گئے')).toEqual(['3 wounded civilians -']);
    // Two parts joined by اور before سمیت: "ایک بچے اور چار خواتین سمیت گیارہ افراد" (eleven people, a child and four
    // women among them); two counts joined by اور with no سمیت are two counts.
    expect(read('فائرنگ سے ایک بچے اور چار خواتین سمیت گیارہ افراد زخمی ہو گئے')).toEqual(['11 wounded people -']);
    expect(read('حملے میں 2 فوجی اور 3 شہری زخمی ہو گئے')).toEqual(['2 wounded soldiers -', '3 wounded civilians -']);
    // Two counts of people in a plain list, and things that include things, are counts each.
    expect(read('Six people were killed and two children were wounded.')).toEqual(['6 killed people -', '2 wounded civilians -']);
    expect(read('8 posts including 6 tanks destroyed')).toEqual(['8 destroyed posts -', '6 destroyed tanks -']);
  });

  it('reads the Frontier Corps initials in Urdu and Pashto between a count and its noun, as English "FC"', () => {
    expect(read('حملے میں تین ایف سی اہلکار شہید ہو گئے')).toEqual(['3 killed soldiers -']);
    expect(read('بریدګر درې ایف سي اهلکاران یې ووژل')).toEqual(['3 killed soldiers -']);
    // The initials are no noun of their own.
    expect(read('حملے میں ۳ ایف سی ہیڈکوارٹر پر فائرنگ ہوئی')).toEqual([]);
  });

  it('reads Pashto جنګیالي as fighters', () => {
    expect(read('د دوی اته جنګیالي مړه شول')).toEqual(['8 killed fighters -']);
    expect(read('د دوی اته جنګیالي راغلل')).toEqual([]);
    // Persian attackers and armed men (حمله کننده، مهاجم، فرد مسلح), Pashto وسله‌وال written joined.
    expect(read('ارتش می‌گوید ۸ سرباز و ۶ مهاجم کشته شدند')).toEqual(['8 killed soldiers -', '6 killed fighters -']);
    expect(read('ارتش می‌گوید ۶ مهاجم دستگیر شدند')).toEqual([]);
    expect(read('در درگیری ۴ سرباز و ۵ فرد مسلح کشته شدند')).toEqual(['4 killed soldiers -', '5 killed fighters -']);
    expect(read('ځواکونو ۴۰ وسله‌وال ووژل')).toEqual(['40 killed fighters -']);
    expect(read('۴۰ وسله‌وال راغلل')).toEqual([]);
    // Urdu خارجی (the army's word for the TTP's men) and "جہنم واصل" (sent to hell) in either order.
    expect(read('جوابی کارروائی میں 30 خارجی جہنم واصل کر دیے گئے')).toEqual(['30 killed fighters -']);
    expect(read('سیکیورٹی فورسز نے 12 خارجیوں کو ہلاک کر دیا')).toEqual(['12 killed fighters -']);
    expect(read('اجلاس میں 12 خارجی امور کے ماہرین پہنچ گئے')).toEqual([]);
  });

  it('leaves a verb that ended the count before, a comma after it, to that count (Pashto verb-final lists)', () => {
    expect(read('پوځ وايي ۲۰۰ یې ټپیان کړل، ۲۷ پوستې یې ړنګې کړې')).toEqual(['200 wounded - -', '27 destroyed posts -']);
    // A verb right before the number with no clause mark between is still this count's.
    expect(read('strikes between October and December 2025 killed 70 people in Afghanistan and injured 478')).toContain(
      '70 killed people -',
    );
  });
});

describe("the figure reader's warm-up (lib/content/annotate.ts runs it, one part per task, before a page's first finish)", () => {
  it('reads every part without a name, throws on none, and changes nothing the reader gives a page afterwards', async () => {
    const { runtimePack } = await import('../../../lib/pack/bundled-runtime');
    const { warmFigureReader, WARM_UP_PARTS } = await import('../../../lib/engine/scan');
    const blocks: TextBlock[] = [
      { text: 'Clashes on the Durand Line', kind: 'headline' },
      { text: 'Zabihullah Mujahid said 58 Pakistani soldiers were killed and 30 wounded near Torkham.', kind: 'body' },
    ];
    const before = scanDocument(blocks, { published: '2025-10-13' }, runtimePack);
    expect(WARM_UP_PARTS).toBeGreaterThanOrEqual(2);
    for (let part = 0; part < WARM_UP_PARTS; part++) expect(warmFigureReader(runtimePack, part)).toBeGreaterThanOrEqual(0);
    expect(scanDocument(blocks, { published: '2025-10-13' }, runtimePack)).toEqual(before);
    expect(before.figures.map((f) => f.claimId)).toContain('oct12-iea-pak-soldiers-killed-58');
  });
});

describe('figure candidates: Persian and Pashto words of round fourteen', () => {
  it('reads Persian insurgents who "have fallen", and officers', () => {
    expect(candidates('در این درگیری دست‌کم ۲۳ شورشی نیز از پا درآمده‌اند.')).toMatchObject([
      { value: 23, qualifier: 'at-least', unit: 'killed', noun: 'fighters' },
    ]);
    // Fallen is not "fallen into" anything else: a count with no verb of loss stays no figure.
    expect(candidates('در این درگیری ۲۳ شورشی نیز به دام افتادند.')).toEqual([]);
    expect(candidates('۹ افسر پاکستانی کشته شدند')).toMatchObject([{ value: 9, unit: 'killed', noun: 'soldiers', side: 'pakistan' }]);
  });

  it('takes no part told "among them" for a count of its own', () => {
    expect(candidates('۱۴ سرباز آن کشور که سه افسر نیز در میان‌شان بودند، کشته شده‌اند.')).toMatchObject([
      { value: 14, unit: 'killed', noun: 'soldiers' },
    ]);
    expect(candidates('۱۴ سرباز آن کشور که سه افسر نیز در میان‌شان بودند، کشته شده‌اند.')).toHaveLength(1);
    // Without "among them", two counts; and "among them" after a clause of its own is the count's parts, not the count.
    expect(candidates('۱۴ سرباز و سه افسر کشته شده‌اند.')).toHaveLength(2);
    expect(candidates('14 civilians were killed and more than 90 injured, women and children among them.')).toMatchObject([
      { value: 14, unit: 'killed' },
      { value: 90, unit: 'wounded' },
    ]);
  });

  it('reads the Pashto oblique of thousand (زرو)', () => {
    expect(candidates('له ۲۰۰ زرو څخه زيات خلک بې ځايه شوي دي')).toMatchObject([
      { value: 200_000, qualifier: 'over', unit: 'displaced', noun: 'people' },
    ]);
    // Its plain form, as before.
    expect(candidates('۲۰۰ زره خلک بې ځايه شوي دي')).toMatchObject([{ value: 200_000, unit: 'displaced' }]);
  });
});

describe('a count told again without its side', () => {
  it('keeps the side the page gave it first', () => {
    // Alone, "80 people" may be the Kunar claim of 80 Afghan civilians.
    expect(figures('Gunmen killed 80 people in Kunar, residents said.').map((f) => f[1])).toEqual(['c-80-exact']);
    // After "80 Pakistani civilians", the same 80 are Pakistanis: not that claim.
    expect(
      scanDocument(
        body(CONTEXT, 'Islamabad condemned the killing of 80 Pakistani civilians.', 'Gunmen killed 80 people in Kunar, residents said.'),
        { published: '2025-10-20' },
        rt,
      ).figures.map((f) => f.claimId),
    ).toEqual([]);
  });
});

describe('month names in Urdu, Pashto and Persian sentences', () => {
  const claimIds = (text: string) => scanDocument(body(CONTEXT, text), { published: '2026-02-25' }, rt).figures.map((f) => f.claimId);

  it('takes the month a sentence names, as in English', () => {
    expect(claimIds('Officials said at least 70 militants were killed in Paktika in October.')).toEqual(['c-70-oct']);
    expect(claimIds('حکام کے مطابق اکتوبر میں Paktika میں کم از کم 70 شدت پسند ہلاک ہوئے۔')).toEqual(['c-70-oct']);
    // With no month, the page's own weeks.
    expect(claimIds('حکام کے مطابق Paktika میں کم از کم 70 شدت پسند ہلاک ہوئے۔')).toEqual(['c-70-feb']);
  });

  it("leaves May's everyday words (Persian می) out", () => {
    expect(MONTHS.get(normalizeText('اکتوبر'))).toBe(10);
    expect(MONTHS.get(normalizeText('اکتبر'))).toBe(10);
    expect(MONTHS.get(normalizeText('می'))).toBeUndefined();
    expect(MONTHS.get(normalizeText('مئی'))).toBeUndefined();
  });

  it('reads Pashto پولې (border) before posts', () => {
    expect(candidates('پاکستاني ځواکونو ۱۹ افغان پولې پوستې ونيولې')).toMatchObject([
      { value: 19, unit: 'captured', noun: 'posts', side: 'afghanistan' },
    ]);
  });
});

describe('parts of a total told after a colon, with nouns of their own', () => {
  const read = (text: string) =>
    findFigureCandidates(normalizeText(text)).map((c) => `${c.value} ${c.unit} ${c.noun ?? '-'} ${c.side ?? '-'}`);

  it("take the total's verb", () => {
    expect(read('He said 60 people were killed: 14 Pakistani soldiers and 46 Afghan civilians.')).toEqual([
      '60 killed people -',
      '14 killed soldiers pakistan',
      '46 killed civilians afghanistan',
    ]);
    // Pashto "the victims of the clashes are 60: …", the victims (قربانیان) being the dead.
    expect(read('د نښتو قربانیان ۶۰ تنه دي: ۱۴ پاکستاني سرتېري، او ورسره ۴۶ افغان ملکي وګړي.')).toEqual([
      '60 killed people -',
      '14 killed soldiers pakistan',
      '46 killed civilians afghanistan',
    ]);
  });

  it('and so does a part joined by "and" to one, counted by Pashto یو (one) before a side word and its noun', () => {
    expect(read('د نښتو قربانیان ۶۰ تنه دي: ۱۴ پاکستاني سرتېري او يو پاکستانی ملکي وګړی، او ورسره ۴۵ افغان ملکي وګړي.')).toEqual([
      '60 killed people -',
      '14 killed soldiers pakistan',
      '1 killed civilians pakistan',
      '45 killed civilians afghanistan',
    ]);
    // "a Pakistani village" is no count.
    expect(read('د نښتو قربانیان ۶۰ تنه دي: ۱۴ پاکستاني سرتېري په يو پاکستانی کلي کې.')).toEqual([
      '60 killed people -',
      '14 killed soldiers pakistan',
    ]);
  });

  it('only after a colon, and only smaller than the total', () => {
    expect(read('د نښتو قربانیان ۶۰ تنه دي. ۱۴ پاکستاني سرتېري هلته وو.')).toEqual(['60 killed people -']);
    expect(read('د نښتو قربانیان ۶۰ تنه دي: ۱۴۰ پاکستاني سرتېري هلته وو.')).toEqual(['60 killed people -']);
  });
});

describe("Pashto people counted as an army's", () => {
  const read = (text: string) =>
    findFigureCandidates(normalizeText(text)).map((c) => `${c.value} ${c.unit} ${c.noun ?? '-'} ${c.side ?? '-'}`);

  it('are its soldiers when they were killed (passive)', () => {
    expect(read('په ډزو کې د پاکستان پوځ ۹ کسان هم ووژل شول.')).toEqual(['9 killed soldiers pakistan']);
    expect(read('د افغانستان پوځ ۹ کسان وژل شوي دي.')).toEqual(['9 killed soldiers afghanistan']);
  });

  it('not when the army killed them (active), nor without the army', () => {
    expect(read('د پاکستان پوځ ۹ کسان ووژل.')).toEqual(['9 killed people -']);
    expect(read('په ډزو کې ۹ کسان هم ووژل شول.')).toEqual(['9 killed people -']);
  });
});
