/**
 * The gate's party words in Urdu, Dari and Pashto (scripts/gate/vocabulary.json, shipped in the pack's `gate` key):
 * places and leaders the pack's entities name only in English still mark a party, so a report that names the Afghan
 * side only by its province pairs the two parties. Short pages written for this test in our own words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../lib/pack/compile';
import { validatePack } from '../../../lib/pack/validate';
import { scanDocument } from '../../../lib/engine/scan';
import { readText, weighGate } from '../../../lib/engine/gate';
import { textDocument } from '../../../scripts/scan';

const file = path.resolve(import.meta.dirname, '../../../data/afpak-2025-26.json');
const validated = validatePack(JSON.parse(readFileSync(file, 'utf8')), file);
if (!validated.ok) throw new Error('the bundled pack does not validate');
const pack = compilePack(validated.pack);

function weighOf(text: string) {
  const doc = textDocument(text);
  const { prepared, mentions } = readText(doc.blocks, pack);
  return weighGate(pack, { blocks: doc.blocks, meta: doc.meta, mentions, prepared });
}

function scan(text: string) {
  const doc = textDocument(text);
  return scanDocument(doc.blocks, doc.meta, pack);
}

describe('party words in Arabic script', () => {
  it('pairs Pakistani forces with an Afghan province the pack names only in English (Dari)', () => {
    const r = scan(`DATE: 2026-02-23
دیدار مقام‌های محلی با خانواده‌های آسیب‌دیده در بهسود

حمله هوایی نیروهای پاکستانی بر یک روستا در ولسوالی بهسود ننگرهار شماری از غیرنظامیان را کشته و زخمی کرده است.

مقام‌های محلی طالبان می‌گویند هیئتی برای کمک به خانواده‌ها به منطقه رفته است.
`);
    expect(r.relevant).toBe(true);
    const pair = r.evidence.find((e) => e.entityId === 'pair');
    // The Afghan side is named only by the district and the province: ولسوالی، بهسود، ننگرهار.
    expect(pair?.name).toMatch(/ولسوالی|بهسود|ننگرهار/);
  });

  it('does not read the word for a district as the Afghan side: Dari and Pashto call Kurram and Bajaur districts too (round thirty-five)', () => {
    const kurram = weighOf(`DATE: 2025-10-18
ساکنان کرم خانه‌هایشان را ترک می‌کنند

ساکنان چند روستا در ولسوالی کرم پیش از آغاز یک عملیات نظامی علیه شبه‌نظامیان خانه‌هایشان را ترک کرده‌اند.
`);
    expect(kurram.features).toMatchObject({ pairs: 0, contextPairs: 0 });
    expect(kurram.relevant).toBe(false);
    const bajaur = weighOf(`DATE: 2025-10-24
باجوړ کې هاوان

د باجوړ ولسوالۍ په یوه کلي کې د هاوان ګولۍ په لګېدو یو کور زیانمن شو.
`);
    expect(bajaur.features).toMatchObject({ pairs: 0 });
    // The Afghan district named with its province still pairs (the Dari case above).
    expect(
      weighOf(`DATE: 2025-10-18
برمل

حمله هوایی پاکستان بر ولسوالی برمل شماری را کشت.
`).features.pairs,
    ).toBe(1);
  });

  it('pairs a Pakistani place the pack names only in English with the Afghan side (Pashto)', () => {
    const r = scan(`DATE: 2025-10-17
په وزیرستان کې ډزې

کابل وايي چې د وزیرستان په پوله ډزې د ماښام تر ناوخته روانې وې.
`);
    const pair = r.evidence.find((e) => e.entityId === 'pair');
    expect(pair?.name).toContain('وزیرستان');
  });
});

describe('Pashto and Dari words of the fighting', () => {
  it('pairs the parties with a Pashto word for the conflict or its weapons (شخړه، راکټونه)', () => {
    const page = (word: string) => `DATE: 2026-03-02
د پولې په اوږدو کې حالات

د افغانستان او پاکستان ترمنځ ${word} د شپې تر ناوخته دوام درلود، سیمه‌ییزو خلکو وویل.
`;
    const pair = (word: string) => scan(page(word)).evidence.find((e) => e.entityId === 'pair')?.name ?? '';
    expect(pair('شخړه')).toContain('شخړه');
    expect(pair('د راکټونو ویشتل')).toContain('راکټ');
  });

  it('pairs the parties with Pashto words real Pashto pages use: حریم، ډیورند، منځګړتوب، بمبارد (and نقض as context)', () => {
    // Each sentence names both parties; the only word of the conflict in it is the one under test.
    const page = (sentence: string) => `DATE: 2025-11-25
د کابل او اسلام اباد اړیکې

${sentence}
`;
    const pairs = (sentence: string) =>
      scan(page(sentence))
        .evidence.filter((e) => e.entityId === 'pair')
        .map((e) => e.name);
    // "Kabul says Pakistani jets entered Afghanistan's territory (حریم) again last night."
    expect(pairs('کابل وايي پاکستاني الوتکې تېره شپه بیا د افغانستان حریم ته ننوتې')).toEqual([expect.stringContaining('حریم')]);
    // The Durand Line as Azadi Radio and Taand spell it (ډ then د).
    expect(pairs('کابل وايي پاکستاني پوځیانو د ډیورند کرښې ته نږدې نوې پوستې جوړې کړې')).toEqual([expect.stringContaining('ډیورند')]);
    expect(pairs('د قطر په منځګړتوب د افغانستان او پاکستان استازي سره کېناستل')).toEqual([expect.stringContaining('منځګړتوب')]);
    expect(pairs('کابل وايي پاکستاني الوتکو د کونړ یو کلی بمبارد کړ')).toEqual([expect.stringContaining('بمبارد')]);
    // The near ones: the same sentences with an everyday word in its place pair nothing as the conflict.
    expect(pairs('کابل وايي پاکستاني الوتکې تېره شپه بیا د افغانستان ښار ته ننوتې')).toEqual([]);
    expect(pairs('کابل وايي پاکستاني پوځیانو د سړک غاړې ته نږدې نوې ودانۍ جوړې کړې')).toEqual([]);
    expect(pairs('کابل وايي پاکستاني الوتکو د کونړ یو کلی ولید')).toEqual([]);
    // "Breach" (نقض) is a word of the conflict's context: it pairs the parties only as a context pair.
    const breach = weighOf(page('کابل وايي پاکستان د افغانستان د خاورې نقض وکړ'));
    expect(breach.features.contextPairs).toBe(1);
    expect(weighOf(page('کابل وايي پاکستان د افغانستان د خاورې یادونه وکړه')).features.contextPairs).toBe(0);
  });
});

describe('English "strike" (round twenty-four)', () => {
  it('pairs the parties with a single strike on a page with no date, as with "strikes"', () => {
    // A two-line live-blog entry with no date or year: a Kabul hospital hit by a strike blamed on Pakistan.
    const page = (word: string) => `Kabul: hospital hit, hundreds feared dead

A hospital in Kabul was destroyed on the night of Monday, 16 March, by a ${word} that officials blamed on Pakistan.
`;
    expect(weighOf(page('strike')).features.pairs).toBe(1);
    expect(scan(page('strike')).relevant).toBe(true);
    // The near one: the same sentence with a blast blamed on no one by a party pairs nothing.
    expect(weighOf(page('fire')).features.pairs).toBe(0);
    expect(scan(page('fire')).relevant).toBe(false);
  });
});

describe('gate words never hide a name', () => {
  it('counts Afghanistan inside the Pashto "د افغانستان" (the word once swallowed the name)', () => {
    const r = scan(`DATE: 2025-10-15
د پولې نښتې

د افغانستان او پاکستان ترمنځ پر پوله نښتې د شپې تر ناوخته روانې وې.
`);
    expect(r.relevant).toBe(true);
    const named = new Set(r.evidence.map((e) => e.entityId));
    expect(named.has('afghanistan')).toBe(true);
    expect(named.has('pakistan')).toBe(true);
  });

  it('refuses a party or topic word that holds a name (scripts/learn-gate.ts)', async () => {
    const { hidesName } = await import('../../../scripts/learn-gate');
    const vocabulary = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../scripts/gate/vocabulary.json'), 'utf8'));
    const hides = hidesName(vocabulary);
    expect(hides({ text: 'Afghan forces', lang: 'en', party: 0 })).toBe(true);
    expect(hides({ text: 'د افغانستان', lang: 'ps', party: 0 })).toBe(true);
    expect(hides({ text: 'طورخم بارڈر', lang: 'ur' })).toBe(true);
    // A context word that holds a party word ("Afghan refugees") would hide the party.
    expect(hides({ text: 'افغان مہاجرین', lang: 'ur', context: true })).toBe(true);
    expect(hides({ text: 'Pakistan-Afghanistan', lang: 'en', party: 2 })).toBe(true);
    // "Pak" is no name: the word is the only mark of Pakistan here.
    expect(hides({ text: 'Pak-Afghan', lang: 'en', party: 2 })).toBe(false);
    expect(hides({ text: 'افغان', lang: 'ps', party: 0 })).toBe(false);
  });
});

describe('names and party words of pack 1.2.0', () => {
  it('reads the Pakistani Taliban as the TTP, not as both parties of the conflict (Dari)', () => {
    // "The Pakistani Taliban attacked a police post in Khyber Pakhtunkhwa; clashes went on for hours."
    const r = scan(`DATE: 2025-11-20
حمله بر پاسگاه پولیس

طالبان پاکستانی شب گذشته در خیبر پختونخوا به یک پاسگاه پولیس حمله کردند و درگیری ساعت‌ها ادامه داشت.
`);
    expect(r.evidence.some((e) => e.entityId === 'ttp')).toBe(true);
    expect(r.evidence.filter((e) => e.entityId === 'pair')).toEqual([]);
  });

  it('marks Pakistan in the Pashto ablative "له پاکستانه" (from Pakistan)', () => {
    // "Afghan refugees expelled from Pakistan returned through the Torkham border; the clashes had closed it for days."
    const r = scan(`DATE: 2025-11-01
کډوال بېرته راستانه شول

له پاکستانه شړل شوي افغانان د تورخم پولې له لارې راستانه شول، چې نښتو یې څو ورځې تړلې وه.
`);
    expect(r.evidence.find((e) => e.entityId === 'pair')?.name).toContain('پاکستانه');
  });
});

/** The gate's features of a short page. */
function features(text: string) {
  const doc = textDocument(text);
  const { prepared, mentions } = readText(doc.blocks, pack);
  return weighGate(pack, { blocks: doc.blocks, meta: doc.meta, mentions, prepared }).features;
}

describe('words of the talks in Pashto and Dari', () => {
  it('pairs the parties with the Pashto oblique خبرو اترو (of the talks), not with خبرو (of the news) alone', () => {
    // "The delegations of the Taliban government and Pakistan sit down today for the third round of the talks."
    const page = (words: string) => `DATE: 2025-11-06
استانبول کې ناسته

د طالبانو د حکومت او پاکستان پلاوي نن د ${words} درېیم پړاو ته سره کېني.
`;
    expect(features(page('خبرو اترو')).contextPairs).toBe(1);
    // "… for the third round of the news programme": no word of the talks.
    expect(features(page('خبرو پروګرام')).contextPairs).toBe(0);
  });

  it('pairs the parties with the Pashto plural خبرې (talks) alone (round nine), and only when both are in the sentence', () => {
    // "Pakistan and Afghanistan resume face-to-face talks in Urumqi, China."
    expect(
      features(`DATE: 2026-04-01
د اورومچي ناسته

پاکستان او افغانستان د چین په اورومچي کې مخامخ خبرې بیا پیل کړې.
`).contextPairs,
    ).toBe(1);
    // "Afghanistan's cricketers' words after the match": one party, no pair.
    expect(
      features(`DATE: 2026-04-01
کرکټ

د افغانستان د کرکټ لوبغاړو خبرې له لوبې وروسته خپرې شوې.
`).contextPairs,
    ).toBe(0);
  });

  it('pairs the parties with Dari گفت‌وگو, in the plural with "his", and only when both are in the sentence', () => {
    // "Khawaja Asif, Pakistan's defence minister, said that in his talks with the Taliban in Doha they seemed to want peace."
    const both = features(`DATE: 2025-10-25
خواجه آصف در سیالکوت

خواجه آصف، وزیر دفاع پاکستان، گفت در گفت‌وگوهایش با طالبان در دوحه احساس کرده که آنها صلح می‌خواهند.
`);
    expect(both.contextPairs).toBe(1);
    // The same talks with the mediators only: one party, no pair.
    const one = features(`DATE: 2025-10-25
خواجه آصف در سیالکوت

خواجه آصف، وزیر دفاع پاکستان، گفت در گفت‌وگوهایش با میانجی‌ها در دوحه احساس کرده که آنها صلح می‌خواهند.
`);
    expect(one.contextPairs).toBe(0);
  });
});

describe('Pashto and Dari names of the two governments (pack 1.2.0, round five)', () => {
  it('reads Tarar, Khawaja Asif, Wasiq and Ishaq Dar as written in Pashto and Dari, and not a first name alone', () => {
    const names = (text: string) => scan(`DATE: 2026-02-27\nخبر\n\n${text}\n`).evidence.map((e) => e.entityId);
    expect(names('د پاکستان د اطلاعاتو وزیر عطاالله تارړ وویل چې نښتې روانې دي.')).toContain('attaullah-tarar');
    expect(names('عطاءالله طرار، وزیر اطلاعات پاکستان، گفت درگیری‌ها ادامه دارد.')).toContain('attaullah-tarar');
    expect(names('د دفاع وزیر خواجه محمد اصف وویل چې جګړه به وشي.')).toContain('khawaja-asif');
    expect(names('د پلاوي مشري عبدالحق وثیق کوي.')).toContain('abdul-haq-wasiq');
    expect(names('اسحاق ډار په اسلام اباد کې خبري ناسته وکړه.')).toContain('ishaq-dar');
    // A first name alone is nobody in particular.
    expect(names('عطاالله وویل چې نښتې روانې دي.')).not.toContain('attaullah-tarar');
  });
});

describe('inflected gate words', () => {
  it('reads a Pashto topic word with a plural ending the vocabulary does not list, and never stretches a name', () => {
    // "The ceasefires between the two countries broke down; Pakistani jets struck Khost."
    const r = scan(`DATE: 2025-11-26
اوربندونه مات شول

د پاکستاني جټ الوتکو پر خوست بریدونه وکړل او اوربندونه مات شول.
`);
    expect(r.evidence.map((e) => e.name)).toContain('اوربندونه');
    // A name takes no ending: "خوستونه" is no mention of Khost.
    const other = scan(`DATE: 2025-11-26
خوستونه

د پاکستاني جټ الوتکو بریدونه او خوستونه.
`);
    expect(other.evidence.some((e) => e.entityId === 'khost')).toBe(false);
  });
});

describe('the Pakistani Taliban named by their two words (round twenty-one)', () => {
  it('marks neither party: "پاکستانی طالبان" is the TTP, not the Afghan Taliban and a Pakistani side', () => {
    const urdu = (who: string) => `کرم میں چیک پوسٹ پر ${who} کا حملہ، چھ فوجی جاں بحق

ضلع کرم میں ایک سکیورٹی چوکی پر حملے میں چھ فوجی جان سے گئے۔
`;
    expect(weighOf(urdu('پاکستانی طالبان')).features.contextPairs).toBe(0);
    expect(weighOf(urdu('افغان طالبان اور پاکستانی فورسز')).features.contextPairs).toBe(1);
  });
});

describe('a figure that fits a claim', () => {
  it('does not make a page relevant that names only one party', () => {
    // An attack inside Pakistan whose toll the pack records (the Peshawar FC headquarters, 24 November), told with no
    // Afghan side at all: not the border conflict.
    const page = (extra: string) => `DATE: 2025-11-24
Gunmen storm paramilitary headquarters in Peshawar

Three security personnel were killed and several wounded on Monday when attackers stormed the Federal Constabulary headquarters in Peshawar, Pakistani police said.${extra}
`;
    expect(scan(page('')).relevant).toBe(false);
    // The same page that ties the attack to the other party is.
    expect(scan(page(' Islamabad blamed militants based in Afghanistan and vowed a response across the border.')).relevant).toBe(true);
  });

  it('reads Urdu "firing" and "suicide bomber" as words of any militant attack, not of the border conflict (round eighteen)', () => {
    // A raid on a police post inside Pakistan, its return fire and its bomber, that recalls a toll the pack records.
    const page = (extra: string) => `DATE: 2025-10-11
پولیس مرکز پر حملہ، کئی اہلکار جاں بحق

خیبر پختونخوا کے ایک ضلع میں خودکش بمبار نے پولیس مرکز کے دروازے پر خود کو اڑا لیا جس کے بعد حملہ آوروں نے فائرنگ شروع کر دی۔ پاک فوج کے مطابق اس ماہ کے شروع میں 11 پاکستانی فوجی جان سے گئے تھے۔${extra}
`;
    expect(scan(page('')).relevant).toBe(false);
    // The same page with a word of the border conflict is.
    expect(scan(page(' فوج نے سرحد پار سے ہونے والی دراندازی کا بھی ذکر کیا۔')).relevant).toBe(true);
  });

  it('reads a post (Urdu چوکی, Dari پاسگاه, "outposts") as the place of any militant attack, not a word of the border conflict (round nineteen)', () => {
    // An attack on an army post inside Pakistan whose toll and town the pack records (Mir Ali, seven), told with
    // Pakistan's side only.
    const page = (extra: string) => `DATE: 2025-10-17
میر علی میں چوکی پر حملہ، سات اہلکار ہلاک

شمالی وزیرستان کے علاقے میر علی میں شدت پسندوں نے ایک چوکی کو نشانہ بنایا جس میں سات اہلکار ہلاک ہو گئے۔${extra}
`;
    expect(scan(page('')).relevant).toBe(false);
    // The same page with a word of the border conflict is.
    expect(scan(page(' حکام کے مطابق حملہ آور سرحد پار سے آئے تھے۔')).relevant).toBe(true);
  });
});

describe('the closed routes as a word of the context (round thirty-seven)', () => {
  it('pairs the parties with the routes closed between them, in English, Urdu and Pashto, as a context pair', () => {
    const page = (sentence: string) => `DATE: 2025-11-02
Markets feel the pinch

${sentence}
`;
    // "Prices in Kabul rose because the roads to Pakistan are closed."
    expect(features(page('Prices in Kabul rose because the roads to Pakistan are closed.')).contextPairs).toBe(1);
    expect(features(page('کابل کے تاجروں کا کہنا ہے کہ پاکستان کے ساتھ راستوں کی بندش سے نقصان ہوا.')).contextPairs).toBe(1);
    expect(features(page('افغان سوداګر وايي له پاکستان سره د لارو له تړل کېدو وروسته صادرات ودرېدل.')).contextPairs).toBe(1);
    // The near ones: the roads open, or named with no other word of the context, pair nothing.
    expect(features(page('Prices in Kabul rose because the roads to Pakistan are crowded.')).contextPairs).toBe(0);
    expect(features(page('افغان سوداګر وايي له پاکستان سره د لارو له پرانیستل کېدو وروسته صادرات ودرېدل.')).contextPairs).toBe(0);
  });

  it('pairs the parties with the tension between them in the singular, as the plural (round thirty-nine)', () => {
    const page = (sentence: string) => `Cricket board pulls out of series

${sentence}
`;
    expect(features(page('Citing the tension between Pakistan and Afghanistan, the board called off its matches.')).contextPairs).toBe(1);
    expect(features(page('Citing the weather in Pakistan and Afghanistan, the board called off its matches.')).contextPairs).toBe(0);
  });
});
