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
import { textDocument } from '../../../scripts/scan';

const file = path.resolve(import.meta.dirname, '../../../data/afpak-2025-26.json');
const validated = validatePack(JSON.parse(readFileSync(file, 'utf8')), file);
if (!validated.ok) throw new Error('the bundled pack does not validate');
const pack = compilePack(validated.pack);

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

  it('pairs a Pakistani place the pack names only in English with the Afghan side (Pashto)', () => {
    const r = scan(`DATE: 2025-10-17
په وزیرستان کې ډزې

کابل وايي چې د وزیرستان په پوله ډزې د ماښام تر ناوخته روانې وې.
`);
    const pair = r.evidence.find((e) => e.entityId === 'pair');
    expect(pair?.name).toContain('وزیرستان');
  });
});
