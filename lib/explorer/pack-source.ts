/**
 * The pack the Explorer shows: a data pack the user imported, when it is the one in use (lib/pack/import-keys.ts),
 * else the bundled one. The bundled pack was validated by `npm run data -- check` before it could be bundled; an
 * imported one was validated and compiled when it was imported.
 */
import { browser } from 'wxt/browser';
import packJson from '@/data/afpak-2025-26.json';
import type { Pack } from '../pack/schema';
import type { StorageArea } from '../pack/import';
import { readActiveImport } from '../pack/import-keys';

export async function loadExplorerPack(): Promise<Pack> {
  const bundled = packJson as unknown as Pack;
  const imported = await readActiveImport(browser.storage.local as unknown as StorageArea, bundled.meta).catch(() => undefined);
  return imported?.pack ?? bundled;
}
