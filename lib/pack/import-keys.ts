/**
 * The small part of pack import that the content script's start-up path needs: the storage keys and the rule
 * that picks the imported gate or the bundled one. No validation or compiling here (that is lib/pack/import.ts,
 * for the options page), so stage one stays small; stage two and the Explorer read the stored pack from here too.
 */
import type { GatePack } from './compile';
import { buildNameIndex, type NameIndex } from '../engine/name-index';
import type { ImportedInfo, StorageArea, StoredPack } from './import';

/** Semver x.y.z compared numerically: 1.10.0 is newer than 1.9.0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

export interface PackMetaLike {
  id: string;
  version: string;
}

/**
 * Which pack a page uses. The imported one, unless the extension now bundles a newer version of the same pack
 * (an update shipped after the import): then the bundled one, and the options page says so.
 */
export function choosePack(bundled: PackMetaLike, imported: PackMetaLike | undefined): 'bundled' | 'imported' | 'bundled-newer' {
  if (!imported) return 'bundled';
  if (imported.id === bundled.id && compareVersions(bundled.version, imported.version) > 0) return 'bundled-newer';
  return 'imported';
}

/** storage.local keys. The gate part has its own key: stage one reads it with the settings, in the same call. */
export const IMPORTED_PACK_KEY = 'importedPack';
export const IMPORTED_GATE_KEY = 'importedPackGate';

export interface StoredGate {
  info: { id: string; version: string };
  gate: GatePack;
}

/** Stage one: the gate to use, given what the single start-up read returned for IMPORTED_GATE_KEY. */
export function activeGate(bundled: GatePack, stored: unknown): GatePack {
  const s = stored as StoredGate | undefined;
  if (!s?.gate?.pattern || !s.info) return bundled;
  return choosePack(bundled.meta, s.info) === 'imported' ? s.gate : bundled;
}

const importedNames = new WeakMap<GatePack, NameIndex>();

/**
 * Stage one's words to look for (lib/engine/name-index.ts), from the same choice as `activeGate`: the bundled pack's,
 * compiled at build time, or the imported gate's, made once per page from its aliases.
 */
export function activeNames(bundled: NameIndex, stored: unknown): NameIndex {
  const s = stored as StoredGate | undefined;
  if (!s?.gate?.pattern || !Array.isArray(s.gate.aliases) || !s.info || choosePack(bundled.meta, s.info) !== 'imported') return bundled;
  let index = importedNames.get(s.gate);
  if (!index) importedNames.set(s.gate, (index = buildNameIndex(s.gate)));
  return index;
}

export async function readImportedInfo(area: StorageArea): Promise<ImportedInfo | undefined> {
  const stored = (await area.get(IMPORTED_PACK_KEY))[IMPORTED_PACK_KEY] as StoredPack | undefined;
  return stored?.info;
}

/** Stage two: the imported pack if it is the one in use, else undefined (the caller keeps the bundled one). */
export async function readActiveImport(area: StorageArea, bundled: PackMetaLike): Promise<StoredPack | undefined> {
  const stored = (await area.get(IMPORTED_PACK_KEY))[IMPORTED_PACK_KEY] as StoredPack | undefined;
  if (!stored?.runtime || !stored.pack) return undefined;
  return choosePack(bundled, stored.info) === 'imported' ? stored : undefined;
}
