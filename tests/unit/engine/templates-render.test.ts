/**
 * The corpus rendered in real sites' markup (tests/support/templates.ts) must carry the article as written: the
 * renderer rewrites the site's own dates (metadata, bylines, "updated" lines), never a date inside the article's
 * paragraphs or headline.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../support/corpus';
import { renderInTemplate, templateNames } from '../../support/templates';
import { sharedPath } from '../../support/shared';

const readability = sharedPath('corpora/readability-pages');

describe.skipIf(!readability.present)('the corpus in real templates', () => {
  it('keeps every paragraph and the headline of the article verbatim, dates in its text included', { timeout: 60_000 }, () => {
    const names = templateNames();
    const withDates = loadCorpus().filter((a) =>
      a.paragraphs.some((p) =>
        /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, 20\d\d\b|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d\b/.test(
          p,
        ),
      ),
    );
    expect(withDates.length).toBeGreaterThan(5);
    // Every template, each with two of those articles.
    for (const [i, name] of names.entries())
      for (const a of [withDates[i % withDates.length]!, withDates[(i * 7 + 3) % withDates.length]!]) {
        const doc = parseHTML(renderInTemplate(a, name).html).document;
        const paragraphs = new Set(Array.from(doc.querySelectorAll('p')).map((p) => p.textContent));
        for (const p of a.paragraphs) expect(paragraphs.has(p), `${a.id} in ${name}: ${p.slice(0, 60)}`).toBe(true);
        // A site without an h1 (medium-1) carries the headline in its title only.
        const h1s = Array.from(doc.querySelectorAll('h1'));
        if (h1s.length)
          expect(
            h1s.some((h) => h.textContent === a.headline),
            `${a.id} in ${name}: headline`,
          ).toBe(true);
        expect(doc.querySelector('title')?.textContent).toBe(a.headline);
      }
  });
});
