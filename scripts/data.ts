/**
 * npm run data -- check [FILE...]   validate every pack in data/ (or the files given); exit 1 on any error
 * npm run data -- stats [FILE...]   one JSON line of counts per pack
 * npm run data -- compile           validate, then write lib/pack/compiled/<pack-id>.json and index.json
 * npm run data -- pack OUT [FILE]   validate, then write the pack as one JSON file (what a newsroom imports)
 * npm run data -- changelog [FILE]  print the version's errata (markdown) from the verification records
 * npm run data -- merge-verification RESULTS [FILE]
 *                                   apply a verification file (see lib/pack/merge-verification.ts) to the pack,
 *                                   validate the result and write it back; nothing is written if it fails
 *
 * Error lines read `data/x.json: $.claims[3].sources[0].url: must be an http(s) URL`.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { listPackFiles, loadPackFile } from '../lib/pack/load';
import { formatError, validatePack } from '../lib/pack/validate';
import { mergeVerification } from '../lib/pack/merge-verification';
import { changelogOf, type DroppedClaim } from '../lib/pack/changelog';
import { SIDES, VERIFICATION_STATUSES, type Pack } from '../lib/pack/schema';
import { cardPackOf, compilePack, gatePackOf } from '../lib/pack/compile';
import { tablesOf } from '../lib/pack/runtime-tables';
import { packGate } from '../lib/pack/gate-format';
import { buildNameIndex } from '../lib/engine/name-index';

const ROOT = path.resolve(import.meta.dirname, '..');
const COMPILED_DIR = path.join(ROOT, 'lib/pack/compiled');

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** Paths as the user should see them: relative to where the command runs. */
function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

async function packFiles(args: string[]): Promise<string[]> {
  if (args.length) return args;
  return (await listPackFiles(path.join(ROOT, 'data'))).map(shown);
}

type ScriptName = 'latin' | 'arabic' | 'devanagari' | 'other';

function scriptOfName(text: string): ScriptName {
  if (/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(text)) return 'arabic';
  if (/[\u0900-\u097F]/.test(text)) return 'devanagari';
  if (/[A-Za-z\u00C0-\u024F]/.test(text)) return 'latin';
  return 'other';
}

function collectUrls(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) for (const item of node) collectUrls(item, into);
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (Array.isArray(record.sources))
      for (const s of record.sources as { url?: unknown }[]) if (typeof s.url === 'string') into.add(s.url);
    for (const value of Object.values(record)) if (value && typeof value === 'object') collectUrls(value, into);
  }
}

const count = (into: Record<string, number>, key: string) => (into[key] = (into[key] ?? 0) + 1);

export interface PackStats {
  pack: string;
  version: string;
  entities: number;
  /** Distinct names per entity (the same spelling listed under two languages counts once). */
  aliases: number;
  claims: number;
  events: number;
  /** Unique source URLs anywhere in the pack. */
  sources: number;
  claimsByClaimant: Record<string, number>;
  claimsBySide: Record<string, number>;
  aliasesByScript: Record<ScriptName, number>;
  confidence: Record<'H' | 'M' | 'L', number>;
  /** How the claims were checked for this release (the `verification` records). */
  verification: {
    /** Claims whose status is not "unverified", per side. */
    verifiedBySide: Record<string, number>;
    /** Verified claims per confidence grade. */
    verifiedByConfidence: Record<'H' | 'M' | 'L', number>;
    byStatus: Record<string, number>;
    /** Per side, per status. */
    statusBySide: Record<string, Record<string, number>>;
    /** Changes recorded, per field (value, qualifier, date, claimant, column, subject...). */
    changesByField: Record<string, number>;
  };
}

export function packStats(pack: Pack): PackStats {
  const aliasesByScript: Record<ScriptName, number> = { latin: 0, arabic: 0, devanagari: 0, other: 0 };
  let aliases = 0;
  for (const entity of pack.entities) {
    const distinct = new Set(entity.names.map((n) => n.text.normalize('NFC')));
    aliases += distinct.size;
    for (const text of distinct) aliasesByScript[scriptOfName(text)]++;
  }
  const sideOf = new Map(pack.entities.map((e) => [e.id, e.side ?? 'none']));
  const claimsByClaimant: Record<string, number> = {};
  const claimsBySide: Record<string, number> = {};
  const confidence = { H: 0, M: 0, L: 0 };
  const verifiedBySide: Record<string, number> = Object.fromEntries(SIDES.map((side) => [side, 0]));
  const verifiedByConfidence = { H: 0, M: 0, L: 0 };
  const byStatus: Record<string, number> = Object.fromEntries(VERIFICATION_STATUSES.map((status) => [status, 0]));
  const statusBySide: Record<string, Record<string, number>> = {};
  const changesByField: Record<string, number> = {};
  for (const claim of pack.claims) {
    const side = sideOf.get(claim.claimant) ?? 'none';
    count(claimsByClaimant, claim.claimant);
    count(claimsBySide, side);
    confidence[claim.confidence]++;
    const { status, changes } = claim.verification;
    count(byStatus, status);
    count((statusBySide[side] ??= {}), status);
    if (status !== 'unverified') {
      count(verifiedBySide, side);
      verifiedByConfidence[claim.confidence]++;
    }
    for (const change of changes) count(changesByField, change.field);
  }
  const urls = new Set<string>();
  collectUrls(pack, urls);
  return {
    pack: pack.meta.id,
    version: pack.meta.version,
    entities: pack.entities.length,
    aliases,
    claims: pack.claims.length,
    events: pack.events.length,
    sources: urls.size,
    claimsByClaimant: Object.fromEntries(Object.entries(claimsByClaimant).sort(([, a], [, b]) => b - a)),
    claimsBySide,
    aliasesByScript,
    confidence,
    verification: { verifiedBySide, verifiedByConfidence, byStatus, statusBySide, changesByField },
  };
}

/** Loads and validates; reports every error; returns the valid packs, or undefined when any failed. */
async function validated(files: string[], io: Io): Promise<{ file: string; pack: Pack }[] | undefined> {
  const loaded = await Promise.all(files.map(loadPackFile));
  let failed = false;
  const packs: { file: string; pack: Pack }[] = [];
  for (const { file, result } of loaded) {
    if (result.ok) packs.push({ file, pack: result.pack });
    else {
      failed = true;
      for (const error of result.errors) io.err(formatError(error));
    }
  }
  return failed ? undefined : packs;
}

async function check(args: string[], io: Io): Promise<number> {
  const files = await packFiles(args);
  if (!files.length) {
    io.err('no pack files found');
    return 1;
  }
  const packs = await validated(files, io);
  if (!packs) return 1;
  for (const { file, pack } of packs)
    io.out(`${file}: ok (${pack.meta.id}@${pack.meta.version}: ${pack.entities.length} entities, ${pack.claims.length} claims)`);
  return 0;
}

async function stats(args: string[], io: Io): Promise<number> {
  const packs = await validated(await packFiles(args), io);
  if (!packs) return 1;
  for (const { pack } of packs) io.out(JSON.stringify(packStats(pack)));
  return 0;
}

async function compile(args: string[], io: Io, outDir = COMPILED_DIR): Promise<number> {
  const packs = await validated(await packFiles(args), io);
  if (!packs) return 1;
  const ids = new Set<string>();
  for (const { file, pack } of packs) {
    if (ids.has(pack.meta.id)) {
      io.err(`${file}: $.meta.id: a second pack with id "${pack.meta.id}"`);
      return 1;
    }
    ids.add(pack.meta.id);
  }
  await mkdir(outDir, { recursive: true });
  // Stale outputs of a renamed or removed pack must not ship.
  for (const name of await readdir(outDir)) if (name.endsWith('.json')) await rm(path.join(outDir, name));
  const index: { packs: { id: string; version: string; file: string; gate: string }[] } = { packs: [] };
  for (const { pack } of packs) {
    const runtime = compilePack(pack);
    const file = `${pack.meta.id}.json`;
    // The content script's start-up bundle carries only what the gate reads; claims wait for stage two.
    const gate = `${pack.meta.id}.gate.json`;
    await writeFile(path.join(outDir, file), JSON.stringify(runtime));
    // Stage two's half (lib/pack/runtime-tables.ts): annotate.js takes the gate's half from the content script.
    await writeFile(path.join(outDir, `${pack.meta.id}.tables.json`), JSON.stringify(tablesOf(runtime)));
    // In its compact form (lib/pack/gate-format.ts): every page downloads and parses it.
    await writeFile(path.join(outDir, gate), JSON.stringify(packGate(gatePackOf(runtime))));
    // The one word per name the content script looks for on every page (lib/engine/name-index.ts); the gate waits for gate.js.
    await writeFile(path.join(outDir, `${pack.meta.id}.names.json`), JSON.stringify(buildNameIndex(runtime)));
    // What the card reads in the page: the pack without the verification records' detail.
    await writeFile(path.join(outDir, `${pack.meta.id}.card.json`), JSON.stringify(cardPackOf(pack)));
    index.packs.push({ id: pack.meta.id, version: pack.meta.version, file, gate });
  }
  await writeFile(path.join(outDir, 'index.json'), JSON.stringify(index) + '\n');
  io.out(`compiled ${index.packs.map((p) => `${p.id}@${p.version}`).join(', ')} → ${shown(outDir)}`);
  return 0;
}

const DEFAULT_PACK = 'data/afpak-2025-26.json';

/** One JSON file in the pack schema, validated first: what the options page's import reads. */
async function writePack(args: string[], io: Io): Promise<number> {
  const [out, file = DEFAULT_PACK] = args;
  if (!out) {
    io.err('usage: npm run data -- pack OUT [FILE]');
    return 2;
  }
  const packs = await validated([file], io);
  if (!packs) return 1;
  const { pack } = packs[0]!;
  await writeFile(out, JSON.stringify(pack, null, 2) + '\n');
  io.out(`wrote ${pack.meta.id}@${pack.meta.version} (${pack.claims.length} claims) → ${shown(out)}`);
  return 0;
}

async function mergeVerificationFile(args: string[], io: Io): Promise<number> {
  const [resultsFile, file = DEFAULT_PACK] = args;
  if (!resultsFile) {
    io.err('usage: npm run data -- merge-verification RESULTS [FILE]');
    return 2;
  }
  let pack: unknown;
  let results: unknown;
  try {
    pack = JSON.parse(await readFile(file, 'utf8'));
    results = JSON.parse(await readFile(resultsFile, 'utf8'));
  } catch (error) {
    io.err(`cannot read: ${(error as Error).message}`);
    return 1;
  }
  const merged = mergeVerification(pack as Pack, results);
  if (!merged.ok) {
    for (const problem of merged.problems) io.err(`${resultsFile}: ${problem}`);
    return 1;
  }
  const result = validatePack(merged.pack, file);
  if (!result.ok) {
    for (const error of result.errors) io.err(formatError(error));
    return 1;
  }
  await writeFile(file, JSON.stringify(merged.pack, null, 2) + '\n');
  const { applied, added, dropped } = merged;
  io.out(`${shown(file)}: ${applied} verified, ${added} added, ${dropped} dropped from ${shown(resultsFile)}`);
  return 0;
}

/** The errata for data/CHANGELOG.md, from the pack's records and the drops in data/verification/. */
async function changelog(args: string[], io: Io): Promise<number> {
  const [file = DEFAULT_PACK] = args;
  const packs = await validated([file], io);
  if (!packs) return 1;
  const dropped: DroppedClaim[] = [];
  const dir = path.join(ROOT, 'data/verification');
  for (const name of (await readdir(dir).catch(() => [] as string[])).sort()) {
    if (!name.endsWith('.json')) continue;
    const entries = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as { claimId?: string; drop?: string | null }[];
    for (const e of entries) if (e.claimId && e.drop) dropped.push({ claimId: e.claimId, reason: e.drop });
  }
  io.out(changelogOf(packs[0]!.pack, dropped));
  return 0;
}

const USAGE =
  'usage: npm run data -- check [FILE...] | stats [FILE...] | compile [FILE...] | pack OUT [FILE] | changelog [FILE] | merge-verification RESULTS [FILE]';

export async function main(argv: string[], io: Io = consoleIo, options: { compiledDir?: string } = {}): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'check':
      return check(args, io);
    case 'stats':
      return stats(args, io);
    case 'compile':
      return compile(args, io, options.compiledDir);
    case 'pack':
      return writePack(args, io);
    case 'changelog':
      return changelog(args, io);
    case 'merge-verification':
      return mergeVerificationFile(args, io);
    default:
      io.err(USAGE);
      return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
