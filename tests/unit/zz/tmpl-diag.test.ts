import { it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '@/lib/content/text-road';
import { loadCorpus } from '../../support/corpus';
import { renderInTemplate, templateFor } from '../../support/templates';
import { normalize } from '@/lib/text/normalize';
it('templated extraction on TUNE only', () => {
  const byTemplate = new Map<string, { arts: number; missing: number; paras: number; examples: string[] }>();
  for (const a of loadCorpus().filter((x) => x.split === 'tune')) {
    const name = templateFor(a);
    const t = renderInTemplate(a, name);
    const page = extract(parseHTML(t.html).document as unknown as Document);
    const got = normalize(page.blocks.map((b) => b.text).join('\n')).text.replace(/\s+/g, ' ');
    const s = byTemplate.get(name) ?? { arts: 0, missing: 0, paras: 0, examples: [] };
    byTemplate.set(name, s);
    s.arts++;
    for (const p of a.paragraphs) {
      s.paras++;
      const want = normalize(p).text.replace(/\s+/g, ' ').slice(0, 60);
      if (!got.includes(want)) {
        s.missing++;
        if (s.examples.length < 2) s.examples.push(`${a.file}: ${p.slice(0, 50)}`);
      }
    }
  }
  for (const [k, v] of [...byTemplate].sort((x, y) => y[1].missing - x[1].missing)) console.log(k, v.arts, 'arts', v.missing, '/', v.paras, 'missing', v.examples.join(' | '));
});
