import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath, validatePack, type PackError } from '../../../lib/pack/validate';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../fixtures/packs/${name}`, import.meta.url), 'utf8'));
/** A fresh copy of the valid tiny pack to break one thing in. */
const volcano = (): any => fixture('tiny-volcano.json');

function errorsOf(json: unknown, file = 'x.json'): PackError[] {
  const result = validatePack(json, file);
  return result.ok ? [] : result.errors;
}

describe('validatePack: the bad fixtures', () => {
  it.each([
    ['missing-field.json', '$.claims[2].claimant', 'is required'],
    ['bad-date.json', '$.claims[0].date', 'is not a real calendar date'],
    ['bad-url.json', '$.claims[3].sources[0].url', 'must be an http(s) URL'],
    ['dangling-id.json', '$.claims[3].event', 'unknown event "may11-eruption"'],
    ['claimant-without-side.json', '$.claims[2].claimant', 'claimant "lumen-council" has no side'],
  ])('%s → %s: %s', (name, path, message) => {
    const errors = errorsOf(fixture(`bad/${name}`), `bad/${name}`);
    expect(errors[0]).toEqual({ file: `bad/${name}`, path, message });
  });

  it('rejects an alias that maps to two entities without a rule, naming both', () => {
    const errors = errorsOf(fixture('bad/duplicate-alias.json'));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('$.entities[2].names[1].text');
    expect(errors[0]!.message).toMatch(/alias "mount keldur" maps to "mount-keldur" and "port-lumen"; add an aliasRules entry/);
  });

  it('accepts the same shared alias once a rule says which entity wins', () => {
    const pack = fixture('bad/duplicate-alias.json') as any;
    pack.aliasRules = [{ alias: 'Mount Keldur', prefer: 'mount-keldur' }];
    expect(validatePack(pack)).toMatchObject({ ok: true });
  });

  it('accepts the tiny pack as it is', () => {
    expect(validatePack(volcano())).toMatchObject({ ok: true, pack: { meta: { id: 'tiny-volcano' } } });
  });
});

describe('validatePack: schema errors', () => {
  it('points at unknown fields and wrong picklist values', () => {
    const pack = volcano();
    pack.claims[0].colour = 'red';
    pack.claims[1].confidence = 'X';
    const errors = errorsOf(pack);
    expect(errors).toContainEqual({ file: 'x.json', path: '$.claims[0].colour', message: 'unknown field (not in the schema)' });
    expect(errors).toContainEqual({ file: 'x.json', path: '$.claims[1].confidence', message: 'must be one of "H" | "M" | "L" (got "X")' });
  });

  it('rejects a range whose bounds are reversed and a non-semver version', () => {
    const pack = volcano();
    pack.claims[3].figure = { min: 30, max: 20, qualifier: 'range', unit: 'killed' };
    pack.meta.version = '1.0';
    const paths = errorsOf(pack).map((e) => e.path);
    expect(paths).toContain('$.claims[3].figure');
    expect(paths).toContain('$.meta.version');
  });

  it('rejects a javascript: URL', () => {
    const pack = volcano();
    pack.context.notes[0].sources[0].url = 'javascript:alert(1)';
    expect(errorsOf(pack)).toContainEqual({ file: 'x.json', path: '$.context.notes[0].sources[0].url', message: 'must be an http(s) URL' });
  });

  it('reports the root when the input is not an object', () => {
    expect(errorsOf(null)).toEqual([{ file: 'x.json', path: '$', message: 'must be an object (got null)' }]);
  });
});

describe('validatePack: semantic errors', () => {
  const only = (mutate: (pack: any) => void): PackError[] => {
    const pack = volcano();
    mutate(pack);
    return errorsOf(pack);
  };

  it('rejects duplicate ids', () => {
    expect(only((p) => (p.claims[1].id = p.claims[0].id))).toEqual([
      { file: 'x.json', path: '$.claims[1].id', message: 'duplicate id "may13-civil-defence-killed-12" (also at $.claims[0])' },
    ]);
  });

  it.each([
    ['claim claimant', (p: any) => (p.claims[0].claimant = 'nobody'), '$.claims[0].claimant', 'unknown entity "nobody"'],
    ['supersededBy', (p: any) => (p.claims[0].supersededBy = 'gone'), '$.claims[0].supersededBy', 'unknown claim "gone"'],
    ['event place', (p: any) => (p.events[0].places = ['atlantis']), '$.events[0].places[0]', 'unknown entity "atlantis"'],
    ['event phase', (p: any) => (p.events[1].phase = 'aftermath'), '$.events[1].phase', 'unknown phase "aftermath"'],
    ['speaksFor', (p: any) => (p.entities[4].speaksFor = 'ministry'), '$.entities[4].speaksFor', 'unknown entity "ministry"'],
    [
      'strongWith',
      (p: any) => (p.entities[0].names[2].strongWith = ['sea']),
      '$.entities[0].names[2].strongWith[0]',
      'unknown entity "sea"',
    ],
    [
      'aliasRules.prefer',
      (p: any) => (p.aliasRules = [{ alias: 'Aster', prefer: 'moon' }]),
      '$.aliasRules[0].prefer',
      'unknown entity "moon"',
    ],
    [
      'crossing entity',
      (p: any) => (p.context.crossings = [{ entity: 'port-lumen', status: [] }]),
      '$.context.crossings[0].entity',
      '"port-lumen" is a place, not a crossing',
    ],
  ])('rejects a dangling %s', (_, mutate, path, message) => {
    expect(only(mutate)).toContainEqual({ file: 'x.json', path, message });
  });

  it('rejects claim dates before their event, before the window or after the last update', () => {
    expect(only((p) => (p.claims[0].date = '2026-05-11'))).toContainEqual(
      expect.objectContaining({ path: '$.claims[0].date', message: expect.stringMatching(/before its event/) }),
    );
    expect(only((p) => (p.claims[0].date = '2025-05-13'))).toContainEqual(
      expect.objectContaining({ path: '$.claims[0].date', message: expect.stringMatching(/before the pack window/) }),
    );
    expect(only((p) => (p.claims[0].date = '2027-05-13'))).toContainEqual(
      expect.objectContaining({ path: '$.claims[0].date', message: expect.stringMatching(/after meta.released/) }),
    );
  });

  it('rejects an event outside its phase or the window, and an end before its start', () => {
    expect(only((p) => (p.events[1].endDate = '2026-05-01'))).toContainEqual(expect.objectContaining({ path: '$.events[1].endDate' }));
    expect(only((p) => (p.events[0].date = '2026-04-12'))).toContainEqual(
      expect.objectContaining({ path: '$.events[0].date', message: expect.stringMatching(/outside the pack window/) }),
    );
  });

  it('rejects a cycle of supersededBy', () => {
    const errors = only((p) => {
      p.claims[0].supersededBy = p.claims[2].id;
      p.claims[2].supersededBy = p.claims[0].id;
    });
    expect(errors.filter((e) => e.message === 'supersededBy forms a cycle').map((e) => e.path)).toEqual([
      '$.claims[0].supersededBy',
      '$.claims[2].supersededBy',
    ]);
  });

  it('rejects strongWith on a strong name, a figure claim without a figure, and a name in an undeclared language', () => {
    expect(only((p) => (p.entities[0].names[2].strength = 'strong'))).toContainEqual(
      expect.objectContaining({ path: '$.entities[0].names[2].strength' }),
    );
    expect(only((p) => delete p.claims[0].figure)).toContainEqual(expect.objectContaining({ path: '$.claims[0].figure' }));
    expect(only((p) => (p.meta.languages = ['en']))).toContainEqual(
      expect.objectContaining({ path: '$.entities[0].names[3].lang', message: '"fa" is not in meta.languages' }),
    );
  });

  it('rejects an alias rule that names an entity without that alias, or that no two entities need', () => {
    expect(only((p) => (p.aliasRules = [{ alias: 'Aster', prefer: 'port-lumen' }]))).toContainEqual(
      expect.objectContaining({ path: '$.aliasRules[0].prefer', message: 'entity "port-lumen" has no name "Aster"' }),
    );
    expect(only((p) => (p.aliasRules = [{ alias: 'Aster', prefer: 'aster-island' }]))).toContainEqual(
      expect.objectContaining({ path: '$.aliasRules[0].alias', message: expect.stringMatching(/not needed/) }),
    );
  });

  it('treats spellings that normalise alike as the same alias (case, hyphens, Arabic letter variants)', () => {
    const errors = only((p) => {
      p.entities[1].names.push({ text: 'mount-KELDUR', lang: 'en', strength: 'weak' });
      p.entities[2].names.push({ text: 'كوه كلدور', lang: 'fa', strength: 'weak' }); // Arabic kaf for Persian keheh
    });
    expect(errors.map((e) => e.path)).toEqual(['$.entities[1].names[1].text', '$.entities[2].names[1].text']);
  });
});

describe('formatPath', () => {
  it('writes array indices in brackets and odd keys quoted', () => {
    expect(formatPath([])).toBe('$');
    expect(formatPath(['claims', 3, 'sources', 0, 'url'])).toBe('$.claims[3].sources[0].url');
    expect(formatPath(['meta', 'side-labels'])).toBe('$.meta["side-labels"]');
  });
});

describe('validatePack: the 1.1 rules (freshness, periods, checks, rubric)', () => {
  const only = (mutate: (pack: any) => void): PackError[] => {
    const pack = volcano();
    mutate(pack);
    return errorsOf(pack);
  };
  const at = (path: string, message: RegExp) => expect.objectContaining({ path, message: expect.stringMatching(message) });

  it('requires coverage to be the first and last event day, and the release to come after it', () => {
    expect(only((p) => (p.meta.coverage.end = '2026-06-01'))).toContainEqual(
      at('$.meta.coverage.end', /not the last event date 2026-05-20/),
    );
    expect(only((p) => (p.meta.coverage.start = '2026-05-01'))).toContainEqual(
      at('$.meta.coverage.start', /not the first event date 2026-05-12/),
    );
    expect(only((p) => (p.meta.released = '2026-05-15'))).toContainEqual(at('$.meta.released', /before the coverage end/));
    expect(only((p) => (p.meta.updated = '2026-06-30'))).toContainEqual(at('$.meta.updated', /unknown field/));
  });

  it('requires a period on every figure, inside its event and not after the claim was made', () => {
    expect(only((p) => delete p.claims[0].period)).toContainEqual(at('$.claims[0].period', /needs the period it counts/));
    expect(only((p) => (p.claims[0].period = { start: '2026-05-11', end: '2026-05-12' }))).toContainEqual(
      at('$.claims[0].period', /outside its event "may12-eruption"/),
    );
    expect(only((p) => (p.claims[4].period = { start: '2026-05-14', end: '2026-05-18' }))).toContainEqual(
      at('$.claims[4].period.end', /after the claim was made \(2026-05-16\)/),
    );
    expect(only((p) => (p.claims[4].period = { start: '2026-05-16', end: '2026-05-15' }))).toContainEqual(
      at('$.claims[4].period.end', /before the period start/),
    );
  });

  it('accepts an area that is a place, and rejects an unknown one or an organisation', () => {
    expect(only((p) => (p.claims[3].area = 'aster-island'))).toEqual([]);
    expect(only((p) => (p.claims[3].area = 'atlantis'))).toContainEqual(at('$.claims[3].area', /unknown entity "atlantis"/));
    expect(only((p) => (p.claims[3].area = 'relief-mission'))).toContainEqual(at('$.claims[3].area', /not a place/));
  });

  it('requires a verification on every claim, citing only the claim’s own sources', () => {
    expect(only((p) => delete p.claims[2].verification)).toContainEqual(at('$.claims[2].verification', /is required/));
    expect(only((p) => (p.claims[2].verification.sources.value = ['https://example.org/elsewhere']))).toContainEqual(
      at('$.claims[2].verification.sources.value[0]', /not among the claim's sources/),
    );
    expect(only((p) => (p.claims[2].verification.checked = '2026-05-01'))).toContainEqual(
      at('$.claims[2].verification.checked', /before the claim was made/),
    );
  });

  it('keeps "corrected" for changed facts and "confirmed" for claims whose facts stood', () => {
    // A confirmed claim whose value changed is a correction.
    expect(
      only((p) => (p.claims[2].verification.changes = [{ field: 'value', from: 41, to: 40, why: 'The page says 40.' }])),
    ).toContainEqual(at('$.claims[2].verification.changes[0].field', /is "corrected", not "confirmed"/));
    // A corrected claim must say what changed.
    expect(only((p) => (p.claims[1].verification.changes = []))).toContainEqual(
      at('$.claims[1].verification.changes', /lists its changes/),
    );
    // Adding a source or regrading is not a correction.
    expect(
      only((p) => (p.claims[1].verification.changes = [{ field: 'confidence', from: 'H', to: 'M', why: 'One outlet.' }])),
    ).toContainEqual(at('$.claims[1].verification.status', /"confirmed", not "corrected"/));
    expect(only((p) => (p.claims[1].verification.changes[0].field = 'colour'))).toContainEqual(
      at('$.claims[1].verification.changes[0].field', /must be one of value, qualifier/),
    );
    // A checked figure names the page that shows its value.
    expect(only((p) => delete p.claims[2].verification.sources.value)).toContainEqual(
      at('$.claims[2].verification.sources.value', /names the source that shows its value/),
    );
  });

  it('grades H only with two independent outlets, or the claimant’s own channel plus one outlet', () => {
    // Two pages of one wire are one outlet.
    expect(only((p) => (p.claims[0].sources[1].via = 'Example Wire'))).toContainEqual(
      at('$.claims[0].confidence', /H needs two independent outlets/),
    );
    // Two pages of one site are one outlet.
    expect(only((p) => (p.claims[0].sources[1].url = 'https://example.org/keldur/other'))).toContainEqual(
      at('$.claims[0].confidence', /has 1 outlet/),
    );
    // The claimant's own bulletin does not count as an outlet, but with one outlet it is enough.
    expect(only((p) => p.claims[3].sources.pop())).toContainEqual(at('$.claims[3].confidence', /has 0 outlets and its own channel/));
    expect(only((p) => (p.claims[3].sources[0].own = false))).toEqual([]);
    // The same rule for M is not enforced: one outlet is enough.
    expect(only((p) => (p.claims[2].confidence = 'M'))).toEqual([]);
  });

  it('links revisions within one side, and finds an unlinked restatement of the same count', () => {
    expect(only((p) => (p.claims[0].supersededBy = p.claims[2].id))).toContainEqual(
      at('$.claims[0].supersededBy', /claimant on another side \(lumen-council\)/),
    );
    expect(only((p) => (p.claims[1].supersededBy = p.claims[0].id))).toContainEqual(
      at('$.claims[1].supersededBy', /counts something else/),
    );
    const restated = (p: any) => {
      const later = structuredClone(p.claims[2]);
      later.id = 'may14-council-killed-45';
      later.date = '2026-05-14';
      later.figure.value = 45;
      later.text = 'The Lumen Council says more than 45 people were killed.';
      p.claims.push(later);
    };
    expect(only(restated)).toContainEqual(at('$.claims[2].supersededBy', /"may14-council-killed-45" is a later count of the same thing/));
    expect(
      only((p) => {
        restated(p);
        p.claims[2].supersededBy = 'may14-council-killed-45';
      }),
    ).toEqual([]);
    expect(
      only((p) => {
        restated(p);
        p.claims[2].supersededBy = 'may14-council-killed-45';
        p.claims[6].date = '2026-05-12';
      }),
    ).toContainEqual(at('$.claims[2].supersededBy', /was said earlier/));
  });

  it('requires a side on any entity with a short name', () => {
    expect(only((p) => delete p.entities[5].side)).toContainEqual(at('$.entities[5].side', /a shortName needs a side/));
  });
});
