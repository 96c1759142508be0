import { describe, expect, it } from 'vitest';
import { citeClaim, escapeMarkdown, markdownUrl } from '../../../lib/explorer/citation';
import { claim, realIndex, tinyIndex } from './fixture';

describe('citations', () => {
  it('plain text: claimant, date, the attributed summary, outlet with its date and URL, and the dataset reference', () => {
    const index = realIndex();
    const c = citeClaim(index, index.claims.get('oct12-ispr-pak-soldiers-killed-23')!);
    expect(c.text.split('\n')).toEqual([
      'ISPR, 12 October 2025. ISPR says 23 Pakistani soldiers were killed.',
      'Reported by Pakistan Today, 13 October 2025: https://www.pakistantoday.com.pk/2025/10/13/23-troops-martyred-over-200-taliban-terrorists-killed-as-pakistan-responds-afghan-aggression-ispr',
      'Also reported by: Nukta: https://nukta.com/pakistan-says-23-soldiers-killed-in-afghan-border-clashes-claims-heavy-taliban-losses; FactFile, 12 October 2025: https://factfile.pk/2025/10/12/deadly-clashes-200-taliban-killed-23-pakistani-soldiers-martyred',
      `(ClaimLens dataset afpak-2025-26 v${index.pack.meta.version}, claim oct12-ispr-pak-soldiers-killed-23. A claim by the party named, not independently verified.)`,
    ]);
  });

  it('Markdown: links for every outlet, the claimant in bold', () => {
    const index = realIndex();
    const c = citeClaim(index, index.claims.get('oct12-ispr-pak-soldiers-killed-23')!);
    expect(c.markdown).toMatch(
      /^\*\*ISPR\*\*, 12 October 2025\. ISPR says 23 Pakistani soldiers were killed\. Reported by \[Pakistan Today\]\(https:\/\/www\.pakistantoday\.com\.pk\/[^)]+\), 13 October 2025\./,
    );
    expect(c.markdown).toContain('Also reported by [Nukta](https://nukta.com/');
    expect(c.markdown).toContain(', [FactFile](https://factfile.pk/');
    expect(c.markdown).not.toContain('\n');
  });

  it('a dataset string can never become Markdown markup, and a URL can never end its link early', () => {
    expect(escapeMarkdown('a *b* [c](d) _e_ <f> `g`')).toBe('a \\*b\\* \\[c\\]\\(d\\) \\_e\\_ \\<f\\> \\`g\\`');
    expect(markdownUrl('https://x.example/a_(b) c')).toBe('https://x.example/a_%28b%29%20c');
    const index = tinyIndex([
      claim('odd', 'e-later', 'pak-govt', '2026-02-01', { value: 3, qualifier: 'exact', unit: 'killed' }, 'people', {
        text: 'Pak Govt says [three](https://evil.example) *people*.',
        sources: [{ outlet: 'Outlet [x]', url: 'https://o.example/p_(1)' }],
      }),
    ]);
    const c = citeClaim(index, index.claims.get('odd')!);
    expect(c.markdown).toContain('Pak Govt says \\[three\\]\\(https://evil.example\\) \\*people\\*.');
    expect(c.markdown).toContain('[Outlet \\[x\\]](https://o.example/p_%281%29)');
    expect(c.text).toContain('Reported by Outlet [x]: https://o.example/p_(1)');
    expect(c.text).not.toContain('Also reported');
  });
});
