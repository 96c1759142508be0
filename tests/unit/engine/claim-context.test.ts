/**
 * Which claim a figure belongs to, read from its paragraph and page as well as its sentence (issue #12): short
 * pages written for these tests in our own words, scanned with the bundled pack. Each case pairs a page where the
 * context decides the claim with one where it must not.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../lib/pack/compile';
import { validatePack } from '../../../lib/pack/validate';
import { readText, resolveStrength } from '../../../lib/engine/gate';
import { findFigures, scanDocument } from '../../../lib/engine/scan';
import { textDocument } from '../../../scripts/scan';

const file = path.resolve(import.meta.dirname, '../../../data/afpak-2025-26.json');
const validated = validatePack(JSON.parse(readFileSync(file, 'utf8')), file);
if (!validated.ok) throw new Error('the bundled pack does not validate');
const pack = compilePack(validated.pack);

function figures(text: string): string[] {
  const doc = textDocument(text);
  const result = scanDocument(doc.blocks, doc.meta, pack);
  expect(result.relevant, 'the page is about the conflict').toBe(true);
  return result.figures.map((f) => `${f.value}|${f.claimId}`);
}

/**
 * The figures matched on a page whatever the gate says of it: an undated page with no evidence of the window (no date
 * of it, no figure matched) may be turned down, and what is asserted is that its counts stay nobody's.
 */
function figuresUngated(text: string): string[] {
  const doc = textDocument(text);
  const { prepared, mentions } = readText(doc.blocks, pack);
  resolveStrength(pack, mentions);
  return findFigures(pack, doc.blocks, doc.meta, prepared, mentions).map((f) => `${f.value}|${f.claimId}`);
}

describe('claims read from the paragraph and the page', () => {
  it('gives a tally in a paragraph that names no voice to the source the page names', () => {
    const page = (source: string): string => `DATE: 2025-10-16
${source} welcomes the ceasefire on the Afghanistan-Pakistan border

${source} said on Thursday it had credible reports of civilian harm in the clashes between Pakistani and Afghan forces along the Durand Line, and welcomed the ceasefire.

It also recorded civilian casualties in earlier clashes in Paktika, Kunar and Helmand: one civilian killed and 15 injured.
`;
    expect(figures(page('UNAMA'))).toEqual(
      expect.arrayContaining(['1|oct16-unama-afghan-civilians-killed-1', '15|oct16-unama-afghan-civilians-wounded-15']),
    );
    // Without the source on the page, a countrywide tally stays nobody's.
    expect(figures(page('A relief group')).filter((f) => f.includes('unama'))).toEqual([]);
  });

  it('lets the claimant named earlier in the paragraph say whose an undated count is', () => {
    const page = (speaker: string): string => `Border fighting: both sides claim heavy losses

${speaker} said in Kabul that 58 Pakistani soldiers had been killed in the overnight border clashes and the shelling that followed. He said nine Afghan soldiers died and 18 were hurt.
`;
    expect(figures(page('Taliban spokesman Zabihullah Mujahid'))).toContain('9|oct12-iea-afghan-forces-killed-9');
    expect(figuresUngated(page('A witness')).filter((f) => f.startsWith('9|'))).toEqual([]);
  });

  it('reads a place as naming an event only until a later event there', () => {
    const page = (date: string): string => `DATE: ${date}
Pakistani jets strike border provinces of Afghanistan

Pakistani jets struck targets in the border provinces of Nangarhar and Paktika before dawn, a news channel reported, and at least 17 people died in Paktika.
`;
    // In January, with nothing newer in Paktika for weeks, the 17 of Paktika is October's count; in February, after
    // the strikes of the 21st there, it is not.
    expect(figures(page('2026-01-10'))).toContain('17|oct18-tolo-paktika-killed-17');
    expect(figures(page('2026-02-22'))).not.toContain('17|oct18-tolo-paktika-killed-17');
  });

  it("takes a voice's latest count of the same number, by the page's date", () => {
    const page = (date: string): string => `DATE: ${date}
Ghazab lil Haq: more Afghan posts destroyed, says Tarar

Information Minister Attaullah Tarar said Pakistan's forces had destroyed 182 Afghan Taliban posts along the border and captured 31.
`;
    expect(figures(page('2026-03-03'))).toContain('31|mar03-tarar-afghan-posts-captured-31');
    expect(figures(page('2026-03-01'))).toContain('31|mar01-tarar-afghan-posts-captured-31');
    // On the day of his second count of 31 (2 March), the page may still quote the first one: whose day it is, is a guess.
    expect(figures(page('2026-03-02')).filter((f) => f.startsWith('31|'))).toEqual([]);
  });

  it('gives no claim to the tolls of a page whose headline tells an earthquake or a flood', () => {
    const page = (headline: string): string => `DATE: 2026-03-03
${headline}

Information Minister Attaullah Tarar said Pakistan's forces had destroyed 182 Afghan Taliban posts along the border and captured 31.
`;
    expect(figuresUngated(page('Ghazab lil Haq: more Afghan posts destroyed, says Tarar'))).toContain(
      '31|mar03-tarar-afghan-posts-captured-31',
    );
    expect(figuresUngated(page('Quake of magnitude 6 in eastern Afghanistan: hundreds dead'))).toEqual([]);
    expect(figuresUngated(page('زمین‌لرزه در شرق افغانستان'))).toEqual([]);
  });

  it('does not take a name inside another figure of the sentence for its speaker', () => {
    const page = `DATE: 2026-02-27
Pakistan says Afghan posts destroyed in Operation Ghazab lil Haq

Information Minister Attaullah Tarar gave an update on the strikes along the Afghan border. He said at least 27 posts of the Taliban government were destroyed and nine other posts captured.
`;
    expect(figures(page)).toEqual(
      expect.arrayContaining(['27|feb27-tarar-afghan-posts-destroyed-27', '9|feb27-tarar-afghan-posts-captured-9']),
    );
  });

  it("prefers a claim from the page's own day to one of the day after", () => {
    const page = `DATE: 2025-11-25
Pakistani strike on Khost home kills children, Afghan government says

Pakistani forces struck a residential area of Khost province overnight and killed at least ten individuals, nine of them children, the Afghan government said on Tuesday. Islamabad did not comment on the strike.
`;
    expect(figures(page)).toContain('10|nov25-iea-khost-civilians-killed-10');
  });

  it('never takes a claim made the day after the page', () => {
    const page = (date: string): string => `DATE: ${date}
Drone strikes hit Urgun in Paktika

Drones struck the Urgun district of Paktika province tonight. The Afghanistan Cricket Board said at least six people were killed and seven others wounded in the strikes.
`;
    // The cricket board's seven wounded is dated the 18th: a page of the 17th cannot quote it yet.
    expect(figures(page('2025-10-18'))).toContain('7|oct18-acb-paktika-civilians-wounded-7');
    expect(figuresUngated(page('2025-10-17')).filter((f) => f.startsWith('7|'))).toEqual([]);
  });

  it("does not carry the paragraph's official over to a sentence whose own speaker is a country or its capital", () => {
    const page = (who: string): string => `DATE: 2026-02-27
Pakistan strikes Kabul and Kandahar as Afghan offensive goes on

Mosharraf Zaidi, the prime minister's spokesman, told reporters that the strikes on Kabul and Kandahar went on overnight. ${who} also said 27 Afghan Taliban posts were destroyed.
`;
    // Zaidi and Tarar both gave 27 posts that day: "Islamabad" is either of them.
    expect(figures(page('Islamabad')).filter((f) => f.startsWith('27|'))).toEqual([]);
    expect(figures(page('He'))).toContain('27|feb27-zaidi-afghan-posts-destroyed-27');
  });

  it('gives a paragraph that opens "according to him" the voice of the paragraph before, not across a headline', () => {
    const page = (before: string, opening: string): string => `DATE: 2026-02-27
Pakistan strikes Kabul and Kandahar as Afghan offensive goes on

${before}

${opening} 27 Afghan Taliban posts were destroyed.
`;
    const zaidi =
      "Mosharraf Zaidi, the prime minister's spokesman, told reporters that the strikes on Kabul and Kandahar went on overnight.";
    // Zaidi and Tarar both gave 27 posts that day: only the voice carried over says whose they are.
    expect(figures(page(zaidi, 'According to him,'))).toContain('27|feb27-zaidi-afghan-posts-destroyed-27');
    expect(figures(page(zaidi, 'He added that'))).toContain('27|feb27-zaidi-afghan-posts-destroyed-27');
    expect(figures(page(zaidi, 'In the night,')).filter((f) => f.startsWith('27|'))).toEqual([]);
    // Urdu: "انہوں نے بتایا کہ" (he told that) opens a paragraph of the speaker named before.
    const urdu = (opening: string): string => `DATE: 2026-02-27
پاکستان کے کابل اور قندھار پر حملے جاری

وزیر اعظم کے ترجمان مشرف زیدی نے صحافیوں کو بتایا کہ کابل اور قندھار پر حملے رات بھر جاری رہے۔

${opening} افغان طالبان کی 27 چوکیاں تباہ کر دی گئیں۔
`;
    expect(figures(urdu('انہوں نے بتایا کہ'))).toContain('27|feb27-zaidi-afghan-posts-destroyed-27');
    expect(figures(urdu('رات کو')).filter((f) => f.startsWith('27|'))).toEqual([]);
    // Pashto: "د هغه په خبره" (in his words).
    const pashto = (opening: string): string => `DATE: 2026-02-27
پر کابل او کندهار د پاکستان بریدونه روان دي

د لومړي وزیر ویاند مشرف زیدی خبریالانو ته وویل چې پر کابل او کندهار بریدونه ټوله شپه روان وو.

${opening} د افغان طالبانو ۲۷ پوستې ویجاړې شوې.
`;
    expect(figures(pashto('د هغه په خبره،'))).toContain('27|feb27-zaidi-afghan-posts-destroyed-27');
    expect(figures(pashto('د شپې،')).filter((f) => f.startsWith('27|'))).toEqual([]);
    // A headline names no speaker of the paragraph under it.
    const headed = `DATE: 2026-02-27
Mosharraf Zaidi: strikes on Kabul and Kandahar went on overnight

According to him, 27 Afghan Taliban posts were destroyed in the border fighting between Pakistan and Afghanistan.
`;
    expect(figures(headed).filter((f) => f.startsWith('27|'))).toEqual([]);
  });

  it('tells two voices of one side apart by the place the paragraph names', () => {
    const page = `DATE: 2025-12-06
Night of shelling at Chaman and Spin Boldak

Pakistani and Afghan forces exchanged heavy fire overnight across the Chaman crossing. The governor of Spin Boldak district said four civilians on the Afghan side were killed and four others were wounded.
`;
    expect(figures(page)).toEqual(
      expect.arrayContaining(['4|dec06-afghan-officials-civilians-killed-4', '4|dec06-afghan-officials-civilians-wounded-4']),
    );
  });

  it('does not tie a figure to a place named after a clause break', () => {
    // Undated: a place tied to the figure would then rule out every claim about an event elsewhere.
    const page = `UNAMA: cross-border fighting killed 70 Afghan civilians in three months

In its report on the Afghanistan-Pakistan border clashes, UNAMA said explosions in Kabul killed at least nine civilians on the worst day, and in Khost a journalist covering the clashes was shot dead.
`;
    expect(figures(page)).toContain('9|feb08-unama-kabul-oct15-civilians-killed-9');
  });
});

describe('a page with no date, dated by its own figures', () => {
  const page = (counts: string): string => `Kabul and Islamabad trade blows along the Durand Line

Fighting spread along the border with Pakistan overnight. Afghan officials said ${counts}
`;
  it("takes two counts that fit one event's claims as that event's", () => {
    expect(figures(page('their retaliation had killed 55 Pakistani soldiers and that their forces had captured 19 border posts.'))).toEqual(
      expect.arrayContaining(['55|feb27-afghan-mod-pak-soldiers-killed-55']),
    );
    // Both of Kabul's voices gave 19 posts flat (Fitrat on the 26th, the defence ministry on the 27th): "Afghan
    // officials" names neither, so the 19 is left. Fitrat's 55 was "up to", so a flat 55 is the ministry's.
    expect(
      figures(page('their retaliation had killed 55 Pakistani soldiers and that their forces had captured 19 border posts.')),
    ).not.toContain('19|feb27-iea-posts-captured-19');
  });

  it('gives no voice of no side a count the page tells without naming it anywhere', () => {
    const page = (source: string): string => `Pakistan and Afghanistan agree to stop the border fighting after talks in Doha

Pakistani air strikes inside Afghanistan drew heavy retaliation from Taliban forces along the Durand Line, and blasts in Kabul during the fighting killed five civilians and wounded 35.${source}
`;
    expect(figuresUngated(page(''))).toEqual([]);
    expect(figuresUngated(page(' The Kabul Emergency Hospital said it had received them.'))).toContain('5|oct15-emergency-kabul-killed-5');
  });

  it('leaves one count alone: a single number may fit a claim of any month by chance', () => {
    expect(figuresUngated(page('their retaliation had killed 55 Pakistani soldiers.'))).not.toContain(
      '55|feb27-afghan-mod-pak-soldiers-killed-55',
    );
  });

  it('takes a day the page writes with its month ("since Oct. 12") as the date of its episode', () => {
    const undated = (when: string): string => `Torkham opens for refugees

The crossing has been shut ${when}, after clashes in which each side said it had killed dozens of the other's troops.

The border was closed after Pakistani air strikes on Taliban hideouts and Afghan forces hit back. Pakistan itself acknowledged the loss of 23 troops.
`;
    expect(figuresUngated(undated('since Oct. 12'))).toContain('23|oct12-ispr-pak-soldiers-killed-23');
    expect(figuresUngated(undated('since 12 October'))).toContain('23|oct12-ispr-pak-soldiers-killed-23');
    // Another day, or none: one count alone does not say which month's 23 it is.
    expect(figuresUngated(undated('since Nov. 3')).filter((f) => f.startsWith('23|'))).toEqual([]);
    expect(figuresUngated(undated('for weeks')).filter((f) => f.startsWith('23|'))).toEqual([]);
  });

  it("leaves a count that another event of the episode's week also claims, unless the paragraph names the place", () => {
    const undated = (where: string): string => `Pakistan shells the Afghan border after deadly clashes

The Pakistani Taliban said they attacked an army convoy on 7 October and the army said it hit back across the border.

Pakistan said at least eleven soldiers were killed in clashes with militants${where}.
`;
    // The page's day dates it to the Orakzai raid of 7-8 October; the Tirah clash of the 10th also cost 11 soldiers.
    expect(figuresUngated(undated(' in the border region')).filter((f) => f.startsWith('11|'))).toEqual([]);
    expect(figuresUngated(undated(' in Orakzai'))).toContain('11|oct08-ispr-pak-soldiers-killed-11');
  });
});

describe('counts told together', () => {
  it('gives a count the event of the count before it in the same sentence', () => {
    // Four wounded civilians fit claims of three events on both sides; the four dead beside them say which one.
    const page = `DATE: 2025-12-06
Night of shelling on the Spin Boldak border

Shelling went on for hours overnight along the Spin Boldak crossing. Doctors in Kandahar received four bodies and four wounded civilians by morning.
`;
    expect(figures(page)).toEqual(
      expect.arrayContaining(['4|dec06-afghan-officials-civilians-killed-4', '4|dec06-afghan-officials-civilians-wounded-4']),
    );
  });

  it('keeps an old single-digit toll away from a page its own figures date weeks later, unless the place is named', () => {
    // No date on the page; its two counts of the Kabul clinic strike (408 and 265, Abdul Mateen Qani) date it to March.
    const page = (where: string): string => `Air strike on Kabul rehabilitation hospital
Pakistan denies hitting the clinic in Kabul

Interior ministry spokesman Abdul Mateen Qani said on Tuesday that 408 people had been killed and 265 injured when Pakistani jets hit the clinic.

Earlier, local Afghan officials said border firing had killed four people ${where}, as the fighting between Afghanistan and Pakistan went on.
`;
    expect(figures(page('in Afghanistan'))).toEqual(expect.arrayContaining(['408|mar17-iea-clinic-killed-408']));
    expect(figures(page('in Afghanistan')).filter((f) => f.startsWith('4|'))).toEqual([]);
    // Spin Boldak named: the December count there.
    expect(figures(page('in Spin Boldak'))).toContain('4|dec06-afghan-officials-civilians-killed-4');
  });

  it('lets a claimant named earlier on an undated page say whose a count is, with the place in its paragraph', () => {
    const page = (source: string): string => `Cricketers among the dead in Paktika air strike

${source} said a Pakistani air strike in Paktika province had hit players of a local club.

The strike hit a guest house in Urgun district late on Friday. According to the board, eight people were killed and seven were injured.
`;
    expect(figures(page('The Afghanistan Cricket Board'))).toEqual(
      expect.arrayContaining(['8|oct18-acb-paktika-civilians-killed-8', '7|oct18-acb-paktika-civilians-wounded-7']),
    );
    // Nobody who made the claim on the page: an undated count of eight stays nobody's.
    expect(figuresUngated(page('A relief group'))).toEqual([]);
  });
});

describe('a count of weeks before the page', () => {
  it('takes a count told only by whose it is as an old claim when its sentence names the month', () => {
    const page = (when: string): string => `DATE: 2025-12-20
Border tensions persist

${when}, 23 Pakistani soldiers were killed in clashes along the frontier with Afghanistan, and trade has not recovered.
`;
    expect(figures(page('In October'))).toContain('23|oct12-ispr-pak-soldiers-killed-23');
    // Soldiers die in every month's news: "last week" is not October's episode.
    expect(figuresUngated(page('Last week')).filter((f) => f.startsWith('23|'))).toEqual([]);
  });

  it('takes a weekday with no month for a day of the week before the page', () => {
    const page = (when: string): string => `DATE: 2025-11-08
Spin Boldak traders count the cost

${when}at least 12 people were killed in Spin Boldak, hospital officials said.
`;
    expect(figuresUngated(page(''))).toContain('12|oct15-iea-spin-boldak-civilians-killed-12');
    // "On Tuesday" is of the page's week, three weeks after October's toll there: another episode's count. Also Dari.
    expect(figuresUngated(page('On Tuesday, ')).filter((f) => f.startsWith('12|'))).toEqual([]);
    expect(figuresUngated(page('روز سه‌شنبه ')).filter((f) => f.startsWith('12|'))).toEqual([]);
  });

  it('does not take an old count of militants for a claim: militants are nobody in particular', () => {
    const page = `DATE: 2026-01-31
Operations in Balochistan

An aide to the chief minister said more than 70 militants had been killed in two days across Balochistan, where attacks by groups based in Afghanistan have risen.
`;
    expect(figuresUngated(page).filter((f) => f.startsWith('70|'))).toEqual([]);
  });
});

describe("a count tied to a place of another event, in the page's own days", () => {
  it('gives no claim of the days a count told of a district its event never reached', () => {
    const page = (where: string): string => `DATE: 2026-03-05
Fighting goes on along the border

Information Minister Attaullah Tarar gave the latest count of Afghan losses on Wednesday. Separately, militants killed 12 soldiers ${where} on Tuesday, the army said.
`;
    // A country says where, never which event: the army's count of the offensive's days stands.
    expect(figures(page('in Pakistan'))).toContain('12|feb27-ispr-pak-soldiers-killed-12');
    // Nor a crossing: clashes all along the border are told "near Angoor Adda".
    expect(figures(page('near Angoor Adda'))).toContain('12|feb27-ispr-pak-soldiers-killed-12');
    expect(figuresUngated(page('in North Waziristan')).filter((f) => f.startsWith('12|'))).toEqual([]);
  });

  it('keeps a count tied to a place of its own event', () => {
    const page = `DATE: 2025-10-19
Strike in Paktika

Eight people, three of them children, were killed in an air strike in Urgun, Paktika, the cricket board said.
`;
    expect(figures(page)).toContain('8|oct18-acb-paktika-civilians-killed-8');
    expect(figuresUngated(page.replace('in Urgun, Paktika', 'in Khost')).filter((f) => f.startsWith('8|'))).toEqual([]);
  });
});

describe("a year's tally", () => {
  it("gives no claim of one clash a count told of a year's operations", () => {
    const page = (span: string): string => `DATE: 2025-10-13
Pakistan says it repelled border attacks

Pakistan's military said it had killed more than 200 Taliban fighters ${span}.
`;
    expect(figures(page('in the clashes along the border'))).toContain('200|oct12-ispr-taliban-killed-200');
    expect(figuresUngated(page('so far this year')).filter((f) => f.startsWith('200|'))).toEqual([]);
    expect(figuresUngated(page('over the past year')).filter((f) => f.startsWith('200|'))).toEqual([]);
  });

  it("gives no claim of one clash an Urdu count of this year's (رواں سال)", () => {
    const page = (span: string): string => `DATE: 2025-10-13
سرحد پر جھڑپیں

آئی ایس پی آر کے مطابق ${span} 200 سے زائد طالبان ہلاک کیے گئے۔
`;
    expect(figures(page('جھڑپوں میں'))).toContain('200|oct12-ispr-taliban-killed-200');
    expect(figuresUngated(page('رواں سال کارروائیوں میں')).filter((f) => f.startsWith('200|'))).toEqual([]);
  });
});

describe('a hedged quote of an exact claim', () => {
  it('takes "more than N" for a claimant\'s exact N, but not "up to N"', () => {
    const page = (qualifier: string): string => `DATE: 2026-03-18
Kabul counts the wounded

Health minister Abdul Mateen Qani said ${qualifier} 265 people were wounded in the air strike on the drug rehabilitation hospital in Kabul.
`;
    expect(figuresUngated(page('more than'))).toContain('265|mar17-iea-clinic-wounded-265');
    expect(figuresUngated(page('exactly'))).toContain('265|mar17-iea-clinic-wounded-265');
    // "Up to" is a ceiling or a forecast, not a report of the count.
    expect(figuresUngated(page('up to')).filter((f) => f.startsWith('265|'))).toEqual([]);
  });
});

/** A Khost strike page whose one named official is Mujahid, and a sentence told by `who`. */
const khostPage = (who: string): string => `DATE: 2025-11-26
Strike on a house in Khost

Zabihullah Mujahid, the chief spokesman in Kabul, said Pakistani jets had bombed a house in Gurbuz district overnight.

${who} said ten civilians were killed in the strike in Khost.
`;

describe('a voice told by its surname or its office alone', () => {
  it('takes a surname the page has named in full for that official', () => {
    const page = khostPage;
    expect(figures(page('Mujahid'))).toContain('10|nov25-iea-khost-civilians-killed-10');
    // A surname of nobody the page names says nothing: two claimants fit, and neither is taken.
    expect(figuresUngated(page('Ahmadi')).filter((f) => f.startsWith('10|'))).toEqual([]);
  });

  it("takes an office word for the page's only official", () => {
    const page = (others: string): string => `Balochistan attacks repelled

Information Minister Attaullah Tarar said Afghan Taliban fighters had attacked 16 places in northern Balochistan.${others}

The minister admitted that one soldier of the Frontier Corps was killed and 5 others were wounded.
`;
    expect(figuresUngated(page(''))).toEqual(
      expect.arrayContaining(['1|mar03-tarar-pak-soldiers-killed-1', '5|mar03-tarar-pak-soldiers-wounded-5']),
    );
    // With two officials on the page, "the minister" is not known to be either.
    expect(figuresUngated(page(' Defence Minister Khawaja Asif spoke of a war.')).filter((f) => f.startsWith('5|'))).toEqual([]);
  });
});

describe('a surname that is also a counted noun', () => {
  it('reads مجاهد as Mujahid, but not "a fighter" (یک مجاهد) or fighters counted', () => {
    const page = (sentence: string): string => `DATE: 2025-11-26
حمله بر خانه‌ای در خوست

ذبیح‌الله مجاهد، سخنگوی طالبان، گفت جت‌های پاکستانی شب گذشته خانه‌ای را در ولسوالی گربز بمباران کردند.

${sentence}
`;
    expect(figures(page('مجاهد گفت ۱۰ غیرنظامی در حمله در خوست کشته شدند.'))).toContain('10|nov25-iea-khost-civilians-killed-10');
    // Told by locals: ten civilians and one fighter died. Two claimants fit the ten, and neither is taken.
    expect(figuresUngated(page('به گفته محلی‌ها، ۱۰ غیرنظامی و یک مجاهد در حمله در خوست کشته شدند.'))).toEqual([]);
    expect(figuresUngated(page('به گفته محلی‌ها، ۱۰ غیرنظامی و ۲ مجاهد در حمله در خوست کشته شدند.'))).toEqual([]);
  });
});

describe("an office word that is not the page's official's office", () => {
  it('reads "the spokesman", not "the minister", for a page whose one official is a spokesman', () => {
    const page = khostPage;
    expect(figures(page('The spokesman'))).toContain('10|nov25-iea-khost-civilians-killed-10');
    // The minister is someone the page does not name: two claimants fit, and neither is taken.
    expect(figuresUngated(page('The minister')).filter((f) => f.startsWith('10|'))).toEqual([]);
    // Urdu: ترجمان for the spokesman, وزیر for a minister the page does not name.
    const urdu = (who: string): string => `DATE: 2025-11-26
خوست میں گھر پر حملہ

طالبان حکومت کے ترجمان ذبیح اللہ مجاہد نے کہا کہ پاکستانی طیاروں نے رات کو گربز ضلع میں ایک گھر پر بمباری کی۔

${who} نے کہا کہ خوست میں حملے میں دس شہری مارے گئے۔
`;
    expect(figures(urdu('ترجمان'))).toContain('10|nov25-iea-khost-civilians-killed-10');
    expect(figuresUngated(urdu('وزیر')).filter((f) => f.startsWith('10|'))).toEqual([]);
  });
});

describe('an organisation told as "the organisation"', () => {
  it("takes Urdu ادارے for the page's only organisation, but not a news agency", () => {
    const page = (source: string): string => `DATE: 2026-03-06
اقوام متحدہ: لڑائی سے ہزاروں لوگ بے گھر

اقوام متحدہ نے جمعے کو بتایا کہ سرحد پر لڑائی جاری ہے۔

${source} کے مطابق افغان جانب کم از کم ۵۶ شہری مارے گئے۔ پاکستانی حکومت نے یہ اعداد و شمار مسترد کر دیے ہیں۔
`;
    expect(figuresUngated(page('ادارے'))).toContain('56|mar06-unama-afghan-civilians-killed-56');
    expect(figuresUngated(page('خبر رساں ادارے')).filter((f) => f.startsWith('56|'))).toEqual([]);
  });
});

describe('the army as a voice', () => {
  it('takes "the Pakistan Army said" for the count of its media wing, and no count for nobody', () => {
    const page = (speaker: string): string => `DATE: 2026-03-04
Pakistan and Afghanistan trade fire along the Durand Line

${speaker} said on Friday that 12 Pakistani soldiers had been killed in the fighting with Afghan forces along the border.
`;
    expect(figures(page('The Pakistan Army'))).toEqual(['12|feb27-ispr-pak-soldiers-killed-12']);
    // Both sides counted 12 Pakistani soldiers killed: with no voice named the count is nobody's.
    expect(figures(page('Officials'))).toEqual([]);
  });

  it('reads an Urdu voice joined to a count by کے as whose men they are, not who speaks', () => {
    const page = (joiner: string): string => `DATE: 2025-10-13
افغان طالبان اور پاکستان کی سرحد پر جھڑپیں

طالبان کا دعویٰ ہے کہ رات بھر جاری لڑائی میں ۵۸ پاکستانی فوجی مارے گئے، جبکہ پاک فوج ${joiner} ۳۰ اہلکار زخمی ہوئے۔
`;
    const wounded = (joiner: string) => {
      const doc = textDocument(page(joiner));
      return scanDocument(doc.blocks, doc.meta, pack)
        .figures.filter((f) => f.value === 30)
        .map((f) => [f.claimId, f.misattributed ?? false]);
    };
    expect(wounded('کے')).toEqual([['oct12-iea-pak-soldiers-wounded-30', false]]);
    // "According to the army" (کے مطابق): the army speaks, and the count is another party's.
    expect(wounded('کے مطابق')).toEqual([['oct12-iea-pak-soldiers-wounded-30', true]]);
  });
});

describe("a figure told by a pronoun for another spokesman of the claimant's side", () => {
  it('does not give it to the claimant when the spokesman holds a count of his own of that kind', () => {
    const page = (who: string): string => `DATE: 2026-02-27
Pakistan strikes Kabul and Kandahar

Pakistani jets hit military sites in Kabul, Kandahar and Paktia overnight, ${who} said. He said more than 80 vehicles and pieces of heavy equipment had been knocked out.
`;
    // The information minister's own count, and the prime minister's spokesman's own post of the same tally (pack 1.2.5: his claims).
    expect(figures(page('Information Minister Attaullah Tarar'))).toContain('80|feb27-tarar-afghan-vehicles-destroyed-80');
    expect(figures(page('Mosharraf Zaidi, the prime minister’s spokesman,'))).toContain('80|feb27-zaidi-afghan-vehicles-destroyed-80');
    // The army's spokesman gave 115 vehicles: "more than 80" in his mouth is not the minister's 80.
    expect(figuresUngated(page('military spokesman Ahmed Sharif Chaudhry')).filter((f) => f.startsWith('80|'))).toEqual([]);
  });

  it("does not give a side's count to one of its spokesmen when its voices gave several", () => {
    const page = (who: string): string => `DATE: 2026-03-17
Kabul clinic strike

An air strike destroyed a drug rehabilitation hospital in Kabul on Monday night. Speaking by phone, ${who} said the dead numbered in the hundreds. About 250 wounded people, he said, had been taken to hospitals around the city.
`;
    // Hamdullah Fitrat's own count; "Afghan officials" may be quoting him.
    expect(figures(page('deputy spokesman Hamdullah Fitrat'))).toContain('250|mar17-fitrat-clinic-wounded-250');
    expect(figures(page('Afghan officials'))).toContain('250|mar17-fitrat-clinic-wounded-250');
    // The chief spokesman: the Islamic Emirate's voices counted the wounded as 250, more than 200 and 265.
    expect(figuresUngated(page('chief spokesman Zabihullah Mujahid')).filter((f) => f.startsWith('250|'))).toEqual([]);
    // Without the pronoun the paragraph's voice is not known to be the sentence's: the claim stands.
    expect(figures(page('chief spokesman Zabihullah Mujahid').replace(', he said,', ''))).toContain('250|mar17-fitrat-clinic-wounded-250');
  });
});

describe("the army spokesman's Urdu and Dari spellings (pack 1.2.1)", () => {
  // Both sides counted 12 Pakistani soldiers killed on 26–27 February: only a named voice says whose count it is.
  const dari = (name: string) => `DATE: 2026-03-04
درگیری‌های مرزی پاکستان و افغانستان

${name} روز جمعه گفت که در درگیری‌ها در امتداد خط دیورند ۱۲ سرباز پاکستانی کشته شدند.
`;
  const urdu = (name: string) => `DATE: 2026-03-04
پاک افغان سرحد پر جھڑپیں

${name} نے جمعے کو کہا کہ ڈیورنڈ لائن پر لڑائی میں ۱۲ پاکستانی فوجی شہید ہوئے۔
`;

  it('gives the count to ISPR when the spokesman is named in either spelling', () => {
    expect(figures(dari('احمد شریف چودری'))).toEqual(['12|feb27-ispr-pak-soldiers-killed-12']);
    expect(figures(urdu('احمد شریف چودھری'))).toEqual(['12|feb27-ispr-pak-soldiers-killed-12']);
    expect(figures(urdu('احمد شریف چوہدری'))).toEqual(['12|feb27-ispr-pak-soldiers-killed-12']);
  });
  it('gives no hospital’s count to a paragraph that quotes only the parties, none for it (round twenty-one)', () => {
    const page = (source: string): string => `DATE: 2025-10-15
Blasts in Kabul before the truce

Explosions rocked the Afghan capital, killing at least five people and wounding 35. ${source}
`;
    const five = '5|oct15-emergency-kabul-killed-5';
    expect(figuresUngated(page('The Emergency hospital said it had received the dead.'))).toContain(five);
    expect(figuresUngated(page('Pakistani security sources said precision strikes had been carried out.'))).not.toContain(five);
  });
});

describe('a voice inside what another reported (round nineteen)', () => {
  it('is the claim’s subject, not its claimant: "Fitrat claimed that a base of the Pakistani army and its 19 posts were taken"', () => {
    expect(
      figures(`DATE: 2026-02-27
طالبان: پاسگاه‌های پاکستان در امتداد خط دیورند تصرف شد

حمدالله فطرت، معاون سخنگوی حکومت طالبان، گفت که نیروهای افغان در پاسخ به حملات هوایی پاکستان به مواضع ارتش پاکستان در امتداد خط دیورند حمله کردند.

فطرت همچنین ادعا کرد که یک قرارگاه ارتش پاکستان و ۱۹ پاسگاه آن تصرف شده است.
`),
    ).toEqual(['19|feb27-iea-posts-captured-19']);
  });

  it('still speaks when it is the one who reported ("Pakistani security sources claimed that …")', () => {
    expect(
      figures(`DATE: 2025-10-12
درگیری در مرز افغانستان و پاکستان

منابع امنیتی پاکستان ادعا کردند که نیروهای پاکستانی در درگیری‌های شبانه با طالبان ۱۹ پاسگاه افغانستان را تصرف کرده‌اند.
`),
    ).toEqual(['19|oct12-pak-security-posts-captured-19']);
    expect(
      figures(`DATE: 2025-10-12
Border clashes between Afghanistan and Pakistan

Pakistani security sources said that 19 Afghan posts were captured in the overnight clashes with Taliban forces.
`),
    ).toEqual(['19|oct12-pak-security-posts-captured-19']);
  });
});

describe('one side’s count of the other side’s dead, told as people (round nineteen)', () => {
  const page = (sentence: string) => `DATE: 2026-03-02
پاکستان اور افغانستان کی سرحدی جھڑپیں جاری

پاکستانی فضائی حملوں اور سرحد پر جھڑپوں کے بعد ${sentence}
`;

  it('is a count of its forces when the sentence names the claimant', () => {
    expect(figures(page('وفاقی وزیر اطلاعات عطا اللہ تارڑ نے کہا کہ اب تک افغان جانب ۴۱۵ افراد مارے جا چکے ہیں۔'))).toEqual([
      '415|mar01-tarar-afghan-forces-killed-415',
    ]);
  });

  it('is nobody’s when no claimant is named', () => {
    expect(figuresUngated(page('مقامی حکام کے مطابق اب تک افغان جانب ۴۱۵ افراد مارے جا چکے ہیں۔'))).toEqual([]);
  });
});

describe('a count no voice gives, of a number two parties gave for one event (round twenty-two)', () => {
  const page = (sentence: string): string => `DATE: 2025-11-29
Islamabad says the ceasefire with Kabul is not holding

Pakistan's foreign office said on Friday the ceasefire with the Afghan Taliban had not stopped attacks inside the country.

${sentence}
`;
  it('is nobody’s when neither is named: "more than ten" is the Taliban’s ten or UNAMA’s "at least 10"', () => {
    const told = 'The remarks came days after air strikes in Khost and Kunar killed more than ten civilians, nine of them children.';
    expect(figuresUngated(page(told)).filter((f) => f.startsWith('10|'))).toEqual([]);
  });
  it('is the named party’s', () => {
    const told = 'UNAMA said air strikes in Khost and Kunar had killed more than ten civilians, nine of them children.';
    expect(figuresUngated(page(told))).toContain('10|nov26-unama-khost-kunar-civilians-killed-10');
  });
});

describe('a count told by "it" after a named body that gave its own count of that kind (round twenty-two)', () => {
  const page = (sentence: string): string => `DATE: 2025-10-18
Afghanistan pulls out of tri-series after Paktika strikes

The Afghanistan Cricket Board has withdrawn from the T20I tri-series with Pakistan after air strikes on Paktika province. ${sentence}
`;
  it('is not another voice’s count: the board counted eight dead, so its "at least 10" is not the officials’ 10', () => {
    const told = 'Blaming Pakistan for the strikes on Urgun, it says at least 10 people were killed there.';
    expect(figuresUngated(page(told)).filter((f) => f.startsWith('10|'))).toEqual([]);
  });
  it('is the named voice’s count when the sentence names it', () => {
    const told = 'Afghan officials said at least 10 people were killed in the strikes on Urgun.';
    expect(figuresUngated(page(told))).toContain('10|oct18-afghan-officials-paktika-civilians-killed-10');
  });
});

describe('a voice past a "while" inside what another reported (neighbouring clause)', () => {
  const page = (sentence: string): string => `DATE: 2025-10-14
سرحدی جھڑپیں

${sentence}
`;
  it('speaks for its own clause: "Mujahid said that 58 died, while according to the ISPR 23 soldiers fell"', () => {
    const told = 'ذبیح اللہ مجاہد نے کہا کہ ۵۸ پاکستانی فوجی مارے گئے، جبکہ آئی ایس پی آر کے مطابق ۲۳ فوجی شہید ہوئے۔';
    expect(figuresUngated(page(told))).toEqual(
      expect.arrayContaining(['58|oct12-iea-pak-soldiers-killed-58', '23|oct12-ispr-pak-soldiers-killed-23']),
    );
    const dari = 'ذبیح‌الله مجاهد گفت که ۵۸ سرباز پاکستانی کشته شدند، در حالی که ارتش پاکستان گفت ۲۳ سرباز این کشور کشته شده‌اند.';
    expect(figuresUngated(page(dari))).toContain('23|oct12-ispr-pak-soldiers-killed-23');
  });
  it('is still inside the report with no "while": the 23 stays nobody’s', () => {
    const told = 'ذبیح اللہ مجاہد نے کہا کہ ۵۸ پاکستانی فوجی مارے گئے اور آئی ایس پی آر کے مطابق ۲۳ فوجی شہید ہوئے۔';
    expect(figuresUngated(page(told)).filter((f) => f.startsWith('23|'))).toEqual([]);
  });
});

describe('a toll of a voice of no side, told with no voice, on a page a week or more after it', () => {
  const page = (date: string, sentence: string): string => `DATE: ${date}
Mortar shells hit villages along the Afghanistan-Pakistan border

${sentence}
`;
  const told = 'At least seven civilians were wounded by mortar fire in the border villages.';
  it('is the writer’s own count of another day, not the agency’s of a week before', () => {
    expect(figuresUngated(page('2026-03-06', told)).filter((f) => f.startsWith('7|'))).toEqual([]);
  });
  it('is the agency’s in the agency’s own days', () => {
    expect(figuresUngated(page('2026-02-25', told))).toContain('7|feb24-unama-nangarhar-civilians-wounded-7');
  });
});

describe('two voices of one government that gave the same count (pack 1.2.7)', () => {
  const page = (sentence: string): string => `DATE: 2026-02-27
Afghan forces strike Pakistani posts along the Durand Line

${sentence}
`;
  it('gives the count to the person named, not to the body named in his title', () => {
    // Fitrat and the defence ministry both speak for the Islamic Emirate, and both counted 19 posts taken.
    const told = "Hamdullah Fitrat, the Islamic Emirate's deputy spokesman, said Afghan forces had seized 19 Pakistani posts.";
    expect(figures(page(told))).toContain('19|feb27-iea-posts-captured-19');
    const ministry =
      "The Islamic Emirate's defence ministry, in a statement read by the Afghan Ministry of National Defence, said its forces had seized 19 Pakistani posts.";
    expect(figures(page(ministry))).toContain('19|feb27-afghan-mod-posts-captured-19');
  });
  it('leaves a count the government gives, naming neither voice: either may have said it', () => {
    const told = 'The Islamic Emirate said Afghan forces had seized 19 Pakistani posts in the night.';
    expect(figures(page(told)).filter((f) => f.startsWith('19|'))).toEqual([]);
  });
  it('tells the two 55s apart by the hedge: Fitrat wrote "up to 55", the ministry 55', () => {
    expect(figures(page('Kabul said its forces had killed up to 55 Pakistani soldiers.'))).toContain('55|feb27-iea-pak-soldiers-killed-55');
    expect(figures(page('Kabul said its forces had killed 55 Pakistani soldiers.'))).toContain(
      '55|feb27-afghan-mod-pak-soldiers-killed-55',
    );
  });
  it('leaves a count the sentence gives to a named voice of the side that made no such claim: relayed, or mixed up', () => {
    // Mujahid gave no 55; the ministry and Fitrat did. "Afghan officials" (any of the side's voices) may quote either.
    const relayed = 'Taliban spokesman Zabihullah Mujahid said Afghan forces had killed 55 Pakistani soldiers.';
    expect(figures(page(relayed)).filter((f) => f.startsWith('55|'))).toEqual([]);
    const officials = 'Afghan officials said Afghan forces had killed 55 Pakistani soldiers.';
    expect(figures(page(officials))).toContain('55|feb27-afghan-mod-pak-soldiers-killed-55');
  });
});
