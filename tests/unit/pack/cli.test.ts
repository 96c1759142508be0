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
      expect.stringMatching(/^data\/afpak-2025-26\.json: ok \(afpak-2025-26@1\.0\.0: \d+ entities, \d+ claims\)$/),
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
    expect(stats).toMatchObject({ pack: 'afpak-2025-26', version: '1.0.0' });
    for (const key of ['entities', 'aliases', 'claims', 'events', 'sources']) expect(stats[key], key).toBeGreaterThan(0);
    expect(Object.keys(stats.claimsBySide).sort()).toEqual(['afghanistan', 'independent', 'pakistan']);
    expect(Object.values<number>(stats.claimsBySide).reduce((a, b) => a + b)).toBe(stats.claims);
    expect(Object.values<number>(stats.claimsByClaimant).reduce((a, b) => a + b)).toBe(stats.claims);
    expect(stats.confidence.H + stats.confidence.M + stats.confidence.L).toBe(stats.claims);
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
      sources: 6, // one URL is cited twice
      claimsByClaimant: { 'mara-ostin': 2, 'lumen-council': 2, 'aster-civil-defence': 1, 'relief-mission': 1 },
      claimsBySide: { afghanistan: 3, pakistan: 2, independent: 1 },
      aliasesByScript: { latin: 10, arabic: 1, devanagari: 0, other: 0 },
      confidence: { H: 2, M: 3, L: 1 },
    });
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
      'afpak-2025-26.gate.json',
      'afpak-2025-26.json',
      'index.json',
      'tiny-volcano.gate.json',
      'tiny-volcano.json',
    ]);
    const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8'));
    expect(index).toEqual({
      packs: [
        { id: 'afpak-2025-26', version: '1.0.0', file: 'afpak-2025-26.json', gate: 'afpak-2025-26.gate.json' },
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
