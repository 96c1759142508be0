import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changelogOf } from '../../../lib/pack/changelog';
import type { Pack } from '../../../lib/pack/schema';

const volcano = (): Pack => JSON.parse(readFileSync(new URL('../../fixtures/packs/tiny-volcano.json', import.meta.url), 'utf8'));

describe('changelogOf', () => {
  it('lists the tallies, each added claim, each correction old → new with its reason, drops and unverified claims', () => {
    const text = changelogOf(volcano(), [{ claimId: 'may20-gone', reason: 'No page shows it.' }]);
    expect(text).toContain('## 0.1.0 (released 2026-06-30; data 2026-05-12 to 2026-05-20)');
    expect(text).toContain('Confirmed 3, corrected 1, added 1, dropped 1, left unverified 1.');
    expect(text).toMatch(/### Added\n\n- `may15-relief-killed-27` \(independent\): The Aster Relief Mission says 25 to 29/);
    expect(text).toContain('- `may13-civil-defence-wounded-30` (afghanistan; now about 30 wounded)');
    expect(text).toContain('  - qualifier: exact → about. The wire gives the number as an estimate.');
    expect(text).toContain('- `may20-gone`: No page shows it.');
    expect(text).toContain('- `may16-council-displaced-9000` (pakistan, confidence L)');
  });

  it('says so when nothing was dropped', () => {
    expect(changelogOf(volcano())).toMatch(/### Dropped\n\n- None\./);
  });
});
