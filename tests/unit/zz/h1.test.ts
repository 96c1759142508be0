import { it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loadCorpus } from '../../support/corpus';
import { renderInTemplate } from '../../support/templates';
it('h1', () => {
  const a = loadCorpus().find((x) => x.id === 'en-2024-12-25-idn-barmal-46')!;
  const doc = parseHTML(renderInTemplate(a, 'medium-1').html).document;
  for (const h of Array.from(doc.querySelectorAll('h1'))) console.log('H1', JSON.stringify(h.textContent), h.outerHTML.slice(0, 200));
  console.log('HEAD', JSON.stringify(a.headline));
});
