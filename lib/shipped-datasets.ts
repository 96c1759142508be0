/**
 * The datasets this build ships, read from data/ at build time for the options page's dataset panel
 * (the compiled runtime tables drop the sources and licence the panel lists). Only the packs named in
 * the compiled index are loaded; each is its own chunk, so no other page pays for them.
 */
import index from './pack/compiled/index.json';
import { isPackLike, summarizePack, type DatasetInfo } from './dataset-info';

const loaders = import.meta.glob<unknown>('../data/*.json', { import: 'default' });

export async function loadShippedDatasets(): Promise<DatasetInfo[]> {
  const ids = (index as { packs: { id: string }[] }).packs.map((p) => p.id);
  const out: DatasetInfo[] = [];
  for (const id of ids) {
    const load = loaders[`../data/${id}.json`];
    if (!load) continue;
    const pack = await load();
    if (isPackLike(pack)) out.push(summarizePack(pack));
  }
  return out;
}
