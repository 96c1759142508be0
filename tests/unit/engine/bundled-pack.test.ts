/**
 * The bundled pack on short pages written for these tests (in our own words, modelled on real coverage):
 * conflict reports in English, Urdu, Dari and Pashto, and the hard negatives the gate must stay silent on.
 * The labelled fixture set (labelled-set.test.ts) measures the same at scale.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../lib/pack/compile';
import { validatePack } from '../../../lib/pack/validate';
import { scanDocument } from '../../../lib/engine/scan';
import { textDocument } from '../../../scripts/scan';

const file = path.resolve(import.meta.dirname, '../../../data/afpak-2025-26.json');
const validated = validatePack(JSON.parse(readFileSync(file, 'utf8')), file);
if (!validated.ok) throw new Error('the bundled pack does not validate');
const pack = compilePack(validated.pack);

const PAGES: { name: string; text: string; relevant: boolean; figures: string[] }[] = [
  {
    name: 'neg-barmal',
    relevant: false,
    figures: [],
    text: `DATE: 2024-12-25
Pakistani air strikes in Paktika's Barmal district kill dozens, Taliban say

Pakistani aircraft bombed several villages in the Barmal district of Paktika near the Durand Line, killing at least 46 people, mostly women and children, Taliban spokesman Zabihullah Mujahid said.

Pakistan's military did not comment, but security officials said the strikes targeted TTP hideouts.
`,
  },
  {
    name: 'neg-cricket',
    relevant: false,
    figures: [],
    text: `DATE: 2025-11-20
PCB chief Mohsin Naqvi unveils new stadium plan for Lahore

Pakistan Cricket Board chairman Mohsin Naqvi said on Thursday that Gaddafi Stadium would get a new stand before the tri-series with Sri Lanka and Zimbabwe.

Naqvi, who is also the interior minister, said Pakistan would host more international cricket next year. Afghanistan's team is due to tour in March, he added.
`,
  },
  {
    name: 'neg-floods-late',
    relevant: false,
    figures: [],
    text: `DATE: 2025-11-02
Rebuilding after the Khyber Pakhtunkhwa floods stalls

Three months after flash floods swept through Buner and Bajaur, many families in Khyber Pakhtunkhwa are still waiting for promised compensation, provincial officials admitted.

Shehbaz Sharif's government said 1,200 houses had been rebuilt. The Pakistan Army's engineers are repairing roads in Swat.
`,
  },
  {
    name: 'neg-floods',
    relevant: false,
    figures: [],
    text: `DATE: 2025-08-20
Flash floods kill hundreds in Khyber Pakhtunkhwa

Torrential rain triggered flash floods across Khyber Pakhtunkhwa, killing more than 300 people, most of them in Buner, Bajaur and Swat, officials said.

Prime Minister Shehbaz Sharif ordered relief operations, and the Pakistan Army sent helicopters. Neighbouring Afghanistan also reported deaths in Kunar and Nangarhar.
`,
  },
  {
    name: 'neg-girls',
    relevant: false,
    figures: [],
    text: `DATE: 2025-12-03
Taliban extend ban on girls' secondary schooling for a fourth year

Girls in Afghanistan will again be kept out of classrooms beyond grade six when the new school year begins, officials of the Taliban government in Kabul said on Wednesday.

Zabihullah Mujahid, the Islamic Emirate's chief spokesman, said the issue was an internal matter. Rights groups in Pakistan and elsewhere criticised the decision, and UNAMA called for the ban to be lifted.

Teachers in Kandahar and Herat said enrolment of younger girls had also fallen.
`,
  },
  {
    name: 'neg-india-late',
    relevant: false,
    figures: [],
    text: `DATE: 2025-11-05
Six months after the May clashes, India and Pakistan still trade accusations

The ISPR said on Wednesday that 11 soldiers had been martyred in Indian shelling during the four days of fighting in May, repeating its earlier figure, and accused New Delhi of preparing new attacks along the Line of Control.

India's army said Pakistan was exaggerating. Field Marshal Asim Munir told troops that Pakistan would respond to any aggression.
`,
  },
  {
    name: 'neg-india',
    relevant: false,
    figures: [],
    text: `DATE: 2025-05-11
India and Pakistan agree to halt fire after four days of clashes

The ISPR said 11 soldiers were martyred and 78 wounded in Indian strikes, while Pakistan's military said it had downed several Indian aircraft. India said it had hit nine sites in Pakistan and Pakistani-administered Kashmir.

Pakistan's army chief Asim Munir visited troops along the Line of Control.
`,
  },
  {
    name: 'neg-quake',
    relevant: false,
    figures: [],
    text: `DATE: 2025-11-10
Two months after the Kunar earthquake, survivors brace for winter

Families in Kunar and Nangarhar provinces are still living in tents two months after the magnitude-6 earthquake that killed more than 2,200 people in eastern Afghanistan.

Aid convoys from Pakistan crossed at Torkham in the first weeks, and the Taliban authorities said about 5,000 homes were destroyed. UN agencies warned that funding was running short as temperatures fall.
`,
  },
  {
    name: 'neg-torkham-2025',
    relevant: false,
    figures: [],
    text: `DATE: 2025-03-08
Torkham stays shut for a third week as border dispute drags on

Thousands of trucks are stranded on both sides of the Torkham crossing, closed since 21 February after Afghan and Pakistani border forces clashed over a new Afghan post near the Durand Line.

Traders say they lose about three million dollars a day.
`,
  },
  {
    name: 'pos-analysis',
    relevant: true,
    figures: ['641:attaullah-tarar', '56:unama'],
    text: `DATE: 2026-03-20
Analysis: why the Afghanistan–Pakistan border war keeps reigniting

Five months after the first clashes along the Durand Line, Operation Ghazab lil-Haq has turned a border dispute into something closer to open war. Islamabad blames the TTP's sanctuaries in Afghanistan; Kabul accuses Pakistan of bombing civilians.

Information Minister Attaullah Tarar says 641 Afghan Taliban have been killed since late February. The Islamic Emirate's deputy spokesman Hamdullah Fitrat has given far lower figures, and UNAMA has counted 56 civilians killed by early March.

Mediation by Qatar, Türkiye and Saudi Arabia has produced pauses but no settlement.
`,
  },
  {
    name: 'pos-dari',
    relevant: true,
    figures: ['58:zabihullah-mujahid', '30:zabihullah-mujahid'],
    text: `DATE: 2025-10-12
درگیری‌های شدید در امتداد خط دیورند

ذبیح‌الله مجاهد، سخنگوی امارت اسلامی، گفت که ۵۸ سرباز پاکستانی کشته و ۳۰ تن دیگر زخمی شدند. گذرگاه تورخم بسته شد.
`,
  },
  {
    name: 'pos-live',
    relevant: true,
    figures: ['58:zabihullah-mujahid', '30:zabihullah-mujahid', '23:ispr', '200:ispr'],
    text: `DATE: 2025-10-12
Live: Afghanistan–Pakistan border clashes

09:40 Kabul says its forces have halted operations after requests from Qatar and Saudi Arabia.

09:55 Taliban spokesman Zabihullah Mujahid says 58 Pakistani soldiers were killed and 30 wounded overnight.

10:20 Pakistan's military says 23 soldiers were martyred and more than 200 Taliban fighters killed.
`,
  },
  {
    name: 'pos-pashto',
    relevant: true,
    figures: ['58:zabihullah-mujahid', '30:zabihullah-mujahid'],
    text: `DATE: 2025-10-12
د ډیورنډ کرښې پر اوږدو سختې نښتې

د اسلامي امارت ویاند ذبیح الله مجاهد وویل چې ۵۸ پاکستاني سرتېري ووژل شول او ۳۰ نور ټپيان شول. تورخم بند دی.
`,
  },
  {
    name: 'pos-short',
    relevant: true,
    figures: ['58:zabihullah-mujahid', '58:zabihullah-mujahid', '23:ispr'],
    text: `DATE: 2025-10-12
Taliban say 58 Pakistani soldiers killed in overnight clashes

The Taliban said on Sunday that 58 Pakistani soldiers were killed in overnight fighting; Pakistan said 23 of its troops died.
`,
  },
  {
    name: 'pos-urdu',
    relevant: true,
    figures: ['23:ispr', '200:ispr', '58:zabihullah-mujahid'],
    text: `DATE: 2025-10-12
پاک افغان سرحد پر شدید جھڑپیں

آئی ایس پی آر کے مطابق افغان طالبان کے حملے میں ۲۳ فوجی شہید ہوئے جبکہ ۲۰۰ سے زائد طالبان اور خوارج ہلاک کیے گئے۔ طورخم اور چمن کی سرحد بند کر دی گئی۔

طالبان کے ترجمان ذبیح اللہ مجاہد نے دعویٰ کیا کہ ۵۸ پاکستانی فوجی ہلاک ہوئے۔
`,
  },
  {
    // Round six (issue #12): the minister of state for the interior speaks for the government. Named, his "about 70"
    // is the government's count of 22 February, not the security sources' 70 in Paktika of October.
    name: 'talal-chaudhry-70',
    relevant: true,
    figures: ['70:pakistan-government'],
    text: `Pakistan strikes camps across the border, says about 70 militants killed

Minister of State for Interior Talal Chaudhry said about 70 militants were killed when Pakistani jets hit seven camps and hideouts inside Afghanistan, in Paktika and Nangarhar, after a wave of suicide bombings.

The Taliban government in Kabul condemned the air strikes and said civilians were among the dead.
`,
  },
  {
    // Named, he still does not make another subject his: 70 civilians are nobody's claim of his.
    name: 'talal-chaudhry-civilians',
    relevant: true,
    figures: [],
    text: `DATE: 2026-02-22
Pakistan strikes camps across the border

Minister of State for Interior Talal Chaudhry said about 70 civilians were killed when Pakistani jets hit camps and hideouts inside Afghanistan, in Paktika and Nangarhar.

The Taliban government in Kabul condemned the air strikes and said civilians were among the dead.
`,
  },
];

describe('bundled pack: hard negatives and conflict pages', () => {
  it.each(PAGES)('$name', ({ text, relevant, figures }) => {
    const doc = textDocument(text);
    const result = scanDocument(doc.blocks, doc.meta, pack);
    expect(result.relevant, `${result.reason} ${result.score}`).toBe(relevant);
    expect(result.figures.map((f) => `${f.value}:${f.claimant}`)).toEqual(figures);
    if (!relevant) expect(result.mentions).toEqual([]);
  });
});
