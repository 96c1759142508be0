import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../lib/pack/compile';
import { scanDocument } from '../../../lib/engine/scan';
import { validatePack } from '../../../lib/pack/validate';
import { textDocument } from '../../../scripts/scan';

/** The engine knows nothing of the Afghanistan–Pakistan conflict: a pack on another topic works the same. */
const file = path.resolve(import.meta.dirname, '../../fixtures/packs/tiny-volcano.json');
const result = validatePack(JSON.parse(readFileSync(file, 'utf8')), file);
if (!result.ok) throw new Error(JSON.stringify(result.errors));
const rt = compilePack(result.pack);

const PAGE = `DATE: 2026-05-20
Mount Keldur erupts over Port Lumen

Ash fell on Port Lumen after Mount Keldur erupted overnight. Civil defence spokeswoman Mara Ostin said 12 people were
killed and about 30 injured.

The Lumen Council said more than 40 people died. The Aster Relief Mission put the toll at 25 to 29 people killed.

About 9,000 people have fled their homes in Port Lumen, the Lumen Council said.
`;

describe('a pack the engine has never seen (tiny-volcano)', () => {
  it('finds the page relevant, its mentions and each figure’s claimant', () => {
    const doc = textDocument(PAGE);
    const r = scanDocument(doc.blocks, doc.meta, rt);
    expect(r.relevant).toBe(true);
    expect(new Set(r.mentions.map((m) => m.entityId))).toEqual(
      new Set(['mount-keldur', 'port-lumen', 'mara-ostin', 'lumen-council', 'relief-mission']),
    );
    expect(r.figures.map((f) => [f.text, f.claimId, f.claimant])).toEqual([
      ['12 people', 'may13-civil-defence-killed-12', 'mara-ostin'],
      ['about 30 injured', 'may13-civil-defence-wounded-30', 'aster-civil-defence'],
      ['more than 40 people', 'may13-council-killed-40', 'lumen-council'],
      ['25 to 29 people', 'may15-relief-killed-27', 'relief-mission'],
      ['About 9,000 people', 'may16-council-displaced-9000', 'lumen-council'],
    ]);
  });

  it('stays silent before its window and on a page about something else', () => {
    expect(scanDocument(textDocument(PAGE.replace('2026-05-20', '2025-01-02')).blocks, { published: '2025-01-02' }, rt).relevant).toBe(
      false,
    );
    const other = textDocument('DATE: 2026-05-20\nThe port of Aster reopened to cruise ships.\n');
    expect(scanDocument(other.blocks, other.meta, rt)).toMatchObject({ relevant: false, mentions: [], figures: [] });
  });
});
