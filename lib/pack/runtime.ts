/**
 * The compiled pack the extension ships. `npm run data -- compile` (run before every build)
 * writes lib/pack/compiled/; nothing is prepared at page load.
 */
import index from './compiled/index.json';

export const PACK_VERSION: string = (index as { packs: { id: string; version: string }[] }).packs
  .map((p) => `${p.id}@${p.version}`)
  .join(',');
