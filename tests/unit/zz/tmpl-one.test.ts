import { it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '@/lib/content/text-road';
import { findMainRoot } from '@/lib/dom/extract';
import { loadCorpus } from '../../support/corpus';
import { renderInTemplate } from '../../support/templates';
it('one', () => {
  const name = process.env.T!;
  const a = loadCorpus().filter((x) => x.split === 'tune').find((x) => x.file.includes(process.env.A!))!;
  const t = renderInTemplate(a, name);
  const doc = parseHTML(t.html).document as unknown as Document;
  const root = findMainRoot(doc)!;
  console.log('ROOT', root.tagName, root.getAttribute('id'), root.getAttribute('class'), (root.textContent ?? '').length);
  const page = extract(doc);
  for (const b of page.blocks) console.log('BLOCK', b.kind, b.text.slice(0, 70).replace(/\s+/g, ' '));
  // where is paragraph 2?
  const p = a.paragraphs[1]!.slice(0, 30);
  const all = [...doc.querySelectorAll('*')].filter((e) => e.children.length === 0 && (e.textContent ?? '').includes(p));
  for (const e of all) { let path = []; for (let x: Element | null = e; x; x = x.parentElement) path.push(`${x.tagName.toLowerCase()}${x.id ? '#' + x.id : ''}${x.getAttribute('class') ? '.' + x.getAttribute('class')!.split(/\s+/).join('.') : ''}`); console.log('PATH', path.join(' < ')); }
});
it('h1', () => {
  const a = loadCorpus().filter((x) => x.split === 'tune').find((x) => x.file.includes(process.env.A!))!;
  const doc = parseHTML(renderInTemplate(a, process.env.T!).html).document as unknown as Document;
  const path = (e: Element) => { const out = []; for (let x: Element | null = e; x; x = x.parentElement) out.push(`${x.tagName.toLowerCase()}${x.id ? '#' + x.id : ''}${x.getAttribute('class') ? '.' + x.getAttribute('class')!.split(/\s+/)[0] : ''}`); return out.slice(0, 6).join(' < '); };
  const h1s = [...doc.body.getElementsByTagName('h1')];
  for (const h of h1s) console.log('H1', path(h), (h.textContent ?? '').slice(0, 50));
  const ps = [...doc.body.getElementsByTagName('p')].filter((p) => (p.textContent ?? '').length > 80);
  for (const p of ps.slice(0, 8)) console.log('P', !!(h1s[0]!.compareDocumentPosition(p) & 4), path(p), (p.textContent ?? '').length);
});
