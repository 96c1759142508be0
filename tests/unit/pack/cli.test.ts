import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../../scripts/data';
import { unpackGate } from '../../../lib/pack/gate-format';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BAD = 'tests/fixtures/packs/bad';
const VOLCANO = 'tests/fixtures/packs/tiny-volcano.json';

async function run(argv: string[], options?: { compiledDir?: string }) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const code = await main(argv, io, options);
    return { code, out, err };
  } finally {
    process.chdir(cwd);
  }
}

const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

describe('data check', () => {
  it('passes on every pack in data/', async () => {
    const { code, out, err } = await run(['check']);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toContainEqual(
      expect.stringMatching(/^data\/afpak-2025-26\.json: ok \(afpak-2025-26@1\.2\.8: \d+ entities, \d+ claims\)$/),
    );
  });

  it.each([
    ['missing-field', '$.claims[2].claimant: is required'],
    ['bad-date', '$.claims[0].date: is not a real calendar date'],
    ['bad-url', '$.claims[3].sources[0].url: must be an http(s) URL'],
    ['dangling-id', '$.claims[3].event: unknown event "may11-eruption"'],
    ['duplicate-alias', '$.entities[2].names[1].text: alias "mount keldur" maps to "mount-keldur" and "port-lumen"'],
  ])('fails on %s with file, JSON path and reason', async (name, expected) => {
    const file = `${BAD}/${name}.json`;
    const { code, err, out } = await run(['check', file]);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err[0]).toContain(`${file}: ${expected}`);
  });

  it('reports every bad file, and still fails when good files are given too', async () => {
    const { code, err } = await run(['check', VOLCANO, `${BAD}/bad-date.json`, `${BAD}/bad-url.json`]);
    expect(code).toBe(1);
    expect(err.map((l) => l.split(':')[0])).toEqual([`${BAD}/bad-date.json`, `${BAD}/bad-url.json`]);
  });

  it('fails on unreadable and malformed files', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimlens-data-'));
    temps.push(dir);
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, '{ "meta": ');
    const { code, err } = await run(['check', broken, path.join(dir, 'missing.json')]);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/broken\.json: \$: invalid JSON/);
    expect(err[1]).toMatch(/missing\.json: \$: cannot read file/);
  });

  it('exits 1 from a real process, printing the error on stderr', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data.ts', 'check', `${BAD}/bad-url.json`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain(`${BAD}/bad-url.json: $.claims[3].sources[0].url: must be an http(s) URL`);
  }, 30_000);

  it('rejects an unknown command', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});

describe('data stats', () => {
  it('prints one JSON line with the counts', async () => {
    const { code, out } = await run(['stats']);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const stats = JSON.parse(out[0]!);
    expect(stats).toMatchObject({ pack: 'afpak-2025-26', version: '1.2.8' });
    for (const key of ['entities', 'aliases', 'claims', 'events', 'sources']) expect(stats[key], key).toBeGreaterThan(0);
    expect(Object.keys(stats.claimsBySide).sort()).toEqual(['afghanistan', 'independent', 'pakistan']);
    expect(Object.values<number>(stats.claimsBySide).reduce((a, b) => a + b)).toBe(stats.claims);
    expect(Object.values<number>(stats.claimsByClaimant).reduce((a, b) => a + b)).toBe(stats.claims);
    expect(stats.confidence.H + stats.confidence.M + stats.confidence.L).toBe(stats.claims);
    // Every claim has a check on record, and the verified ones add up per side and per grade.
    const byStatus = stats.verification.byStatus;
    expect(byStatus.confirmed + byStatus.corrected + byStatus.added + byStatus.unverified).toBe(stats.claims);
    const verified = stats.claims - byStatus.unverified;
    expect(Object.values<number>(stats.verification.verifiedBySide).reduce((a, b) => a + b)).toBe(verified);
    expect(Object.values<number>(stats.verification.verifiedByConfidence).reduce((a, b) => a + b)).toBe(verified);
    expect(stats.aliasesByScript.latin).toBeGreaterThan(0);
    expect(stats.aliasesByScript.arabic).toBeGreaterThan(0);
    expect(stats.aliasesByScript.devanagari).toBeGreaterThan(0);
  });

  it('counts the tiny pack exactly', async () => {
    const { out } = await run(['stats', VOLCANO]);
    expect(JSON.parse(out[0]!)).toEqual({
      pack: 'tiny-volcano',
      version: '0.1.0',
      entities: 7,
      aliases: 11,
      claims: 6,
      events: 2,
      sources: 8, // one URL is cited twice
      claimsByClaimant: { 'mara-ostin': 2, 'lumen-council': 2, 'aster-civil-defence': 1, 'relief-mission': 1 },
      claimsBySide: { afghanistan: 3, pakistan: 2, independent: 1 },
      aliasesByScript: { latin: 10, arabic: 1, devanagari: 0, other: 0 },
      confidence: { H: 2, M: 3, L: 1 },
      verification: {
        verifiedBySide: { afghanistan: 3, pakistan: 1, independent: 1 },
        verifiedByConfidence: { H: 2, M: 3, L: 0 },
        byStatus: { confirmed: 3, corrected: 1, added: 1, unverified: 1 },
        statusBySide: {
          afghanistan: { confirmed: 2, corrected: 1 },
          pakistan: { confirmed: 1, unverified: 1 },
          independent: { added: 1 },
        },
        changesByField: { qualifier: 1 },
      },
    });
  });
});

describe('data pack and merge-verification', () => {
  it('writes the pack as one JSON file that validates again', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimlens-pack-'));
    temps.push(dir);
    const out = path.join(dir, 'newsroom.json');
    const { code, out: lines } = await run(['pack', out, VOLCANO]);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^wrote tiny-volcano@0\.1\.0 \(6 claims\)/);
    const { code: again } = await run(['check', out]);
    expect(again).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8')).meta.coverage).toEqual({ start: '2026-05-12', end: '2026-05-20' });
  });

  it('refuses to write an invalid pack', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimlens-pack-'));
    temps.push(dir);
    const { code } = await run(['pack', path.join(dir, 'x.json'), `${BAD}/bad-date.json`]);
    expect(code).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('applies a verification file, and leaves the pack untouched when the result is invalid', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimlens-merge-'));
    temps.push(dir);
    const pack = path.join(dir, 'pack.json');
    await writeFile(pack, await readFile(path.join(ROOT, VOLCANO), 'utf8'));
    const good = path.join(dir, 'good.json');
    const verification = {
      checked: '2026-06-01',
      status: 'corrected',
      sources: { value: ['https://example.com/news/lumen-displaced'] },
      changes: [{ field: 'value', from: 9000, to: 8000, why: 'The page says about 8,000.' }],
    };
    await writeFile(
      good,
      JSON.stringify([
        {
          claimId: 'may16-council-displaced-9000',
          verification,
          set: { value: 8000, text: 'The Lumen Council says about 8,000 people have had to leave their homes.' },
          drop: null,
        },
      ]),
    );
    const merged = await run(['merge-verification', good, pack]);
    expect(merged.err).toEqual([]);
    expect(merged.out[0]).toMatch(/1 verified, 0 added, 0 dropped/);
    expect(JSON.parse(await readFile(pack, 'utf8')).claims[4].figure.value).toBe(8000);

    const bad = path.join(dir, 'bad.json');
    await writeFile(
      bad,
      JSON.stringify([{ claimId: 'may16-council-displaced-9000', verification: { ...verification, status: 'confirmed' }, set: null }]),
    );
    const before = await readFile(pack, 'utf8');
    const refused = await run(['merge-verification', bad, pack]);
    expect(refused.code).toBe(1);
    expect(refused.err[0]).toMatch(/\$\.claims\[4\]\.verification\.changes\[0\]\.field: a claim whose value changed is "corrected"/);
    expect(await readFile(pack, 'utf8')).toBe(before);
  });
});

describe('data compile', () => {
  it('writes one compiled file per pack and an index, replacing stale ones', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimlens-compiled-'));
    temps.push(dir);
    await writeFile(path.join(dir, 'old-pack.json'), '{}');
    const { code } = await run(['compile', 'data/afpak-2025-26.json', VOLCANO], { compiledDir: dir });
    expect(code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([
      'afpak-2025-26.card.json',
      'afpak-2025-26.gate.json',
      'afpak-2025-26.json',
      'afpak-2025-26.names.json',
      'afpak-2025-26.tables.json',
      'index.json',
      'tiny-volcano.card.json',
      'tiny-volcano.gate.json',
      'tiny-volcano.json',
      'tiny-volcano.names.json',
      'tiny-volcano.tables.json',
    ]);
    // The card's pack keeps each verification record's date and status, not which source confirms which field.
    const card = JSON.parse(await readFile(path.join(dir, 'afpak-2025-26.card.json'), 'utf8'));
    const verified = card.claims.find((c: { verification?: unknown }) => c.verification).verification;
    expect(Object.keys(verified).sort()).toEqual(['checked', 'status']);
    const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8'));
    expect(index).toEqual({
      packs: [
        { id: 'afpak-2025-26', version: '1.2.8', file: 'afpak-2025-26.json', gate: 'afpak-2025-26.gate.json' },
        { id: 'tiny-volcano', version: '0.1.0', file: 'tiny-volcano.json', gate: 'tiny-volcano.gate.json' },
      ],
    });
    const compiled = JSON.parse(await readFile(path.join(dir, 'tiny-volcano.json'), 'utf8'));
    expect(compiled.meta.id).toBe('tiny-volcano');
    // The start-up bundle's part: aliases and pattern, and no claims.
    const gate = JSON.parse(await readFile(path.join(dir, 'tiny-volcano.gate.json'), 'utf8'));
    // Shipped compact (lib/pack/gate-format.ts): unpacked, the same pattern and aliases.
    expect(unpackGate(gate).pattern).toBe(compiled.pattern);
    expect(unpackGate(gate).aliases).toEqual(compiled.aliases);
    expect(gate.claims).toBeUndefined();
  });

  it('writes nothing when a pack is invalid', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimlens-compiled-'));
    temps.push(dir);
    const { code } = await run(['compile', `${BAD}/bad-date.json`], { compiledDir: dir });
    expect(code).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });
});
