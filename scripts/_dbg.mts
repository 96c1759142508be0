import { readFileSync } from 'node:fs';
import { loadRuntimePack, htmlDocument, textDocument } from '../scripts/scan';
import { scanDocument } from '../lib/engine/scan';
const pack = await loadRuntimePack();
for (const f of process.argv.slice(2)) {
  const src = readFileSync(f, 'utf8');
  const doc = f.endsWith('.html') ? htmlDocument(src) : textDocument(src);
  const r = scanDocument(doc.blocks, doc.meta, pack, { unmatched: true } as any);
  console.log(f, r.relevant, r.figures.map((x) => `${x.value}|${x.claimId}`).join(' '));
  console.log('  unmatched', (r as any).unmatched?.map((x: any) => `${x.value}/${x.unit}/${x.text}`).join(' ; '));
}
