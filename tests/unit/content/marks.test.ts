import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractPage } from '@/lib/dom/extract';
import { scanDocument } from '@/lib/engine';
import { runtimePack } from '@/lib/pack/bundled-runtime';
import { planBadges } from '@/lib/content/marks';
import type { BadgeSpec } from '@/lib/content/badge-host';
import type { Density } from '@/lib/settings';

const HTML = `<!doctype html><html lang="en"><head><title>Border clashes</title>
<meta property="article:published_time" content="2025-10-12"></head><body><article>
<h1>Afghan and Pakistani forces clash along the Durand Line</h1>
<p>Taliban spokesman Zabihullah Mujahid said 58 Pakistani soldiers were killed along the Durand Line. The Durand Line was quiet later.</p>
<p>Pakistan's ISPR said 23 troops were martyred near Torkham, and Torkham stayed shut.</p>
<h2>Trade</h2>
<p>Traders at Torkham counted their losses.</p>
</article></body></html>`;

/** A ceasefire told with country and city names only: every name is weak, and no figure is a claim. */
const WEAK_ONLY = `<!doctype html><html lang="en"><head><title>Ceasefire holds</title>
<meta property="article:published_time" content="2025-10-20"></head><body><article>
<h1>Pakistan and Afghanistan agree to a ceasefire in Doha after a week of border clashes</h1>
<p>Delegations from Islamabad and Kabul met in Doha on Sunday, with Qatar and Turkey mediating, and agreed an immediate ceasefire after the deadliest fighting between the two neighbours in years.</p>
<p>Pakistan had carried out air strikes inside Afghanistan, and Afghan forces had attacked border posts in retaliation.</p>
<p>The two sides will meet again in Istanbul to agree how the truce is to be checked.</p>
</article></body></html>`;

function plan(density: Density, html = HTML, atLeastOne?: boolean) {
  const { document } = parseHTML(html);
  const page = extractPage(document as unknown as Document);
  const result = scanDocument(page.blocks, page.meta, runtimePack);
  const spec = (kind: 'figure' | 'topic') => (): BadgeSpec => ({ kind, label: kind, ariaLabel: kind });
  return { result, badges: planBadges({ page, result, density, figureSpec: spec('figure'), topicSpec: spec('topic'), atLeastOne }) };
}

describe('planBadges', () => {
  it('badges every matched figure at its end, whatever the density', () => {
    for (const density of ['figures', 'entities', 'all'] as const) {
      const { result, badges } = plan(density);
      expect(result.relevant).toBe(true);
      const figures = badges.filter((b) => b.spec.kind === 'figure');
      expect(figures.map((b) => b.figure!.claimId).sort()).toEqual([
        'oct12-iea-pak-soldiers-killed-58',
        'oct12-ispr-pak-soldiers-killed-23',
      ]);
      for (const b of figures) expect(b.at).toBe(b.figure!.end);
    }
  });

  it('"figures" adds no topic badge; "entities" badges a strong entity once per section', () => {
    expect(plan('figures').badges.some((b) => b.spec.kind === 'topic')).toBe(false);
    const topics = plan('entities').badges.filter((b) => b.spec.kind === 'topic');
    const perEntity = (id: string) => topics.filter((b) => b.mention!.entityId === id).length;
    // Durand Line three times in the first section: one badge. Torkham in two sections: two badges.
    expect(perEntity('durand-line')).toBe(1);
    expect(perEntity('torkham')).toBe(2);
    // Weak names (Pakistan) get no badge at this density.
    expect(perEntity('pakistan')).toBe(0);
  });

  it('"all" badges weak names too, but still once per paragraph', () => {
    const topics = plan('all').badges.filter((b) => b.spec.kind === 'topic');
    const keys = topics.map((b) => `${b.block}:${b.mention!.entityId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(topics.some((b) => b.mention!.strong === false)).toBe(true);
  });

  it('never badges a mention inside a badged figure, and keys stay unique', () => {
    const { badges } = plan('all');
    const figures = badges.filter((b) => b.figure);
    for (const t of badges.filter((b) => b.mention)) {
      for (const f of figures)
        if (f.block === t.block) expect(t.mention!.start >= f.figure!.end || t.mention!.end <= f.figure!.start).toBe(true);
    }
    expect(new Set(badges.map((b) => `${b.block}|${b.key}`)).size).toBe(badges.length);
  });

  it('"entities" gives a relevant page of weak names one badge, on its first name, when asked for at least one', () => {
    const weak = plan('entities', WEAK_ONLY, true);
    expect(weak.result.relevant).toBe(true);
    expect(weak.result.mentions.some((m) => m.strong)).toBe(false);
    expect(weak.badges).toHaveLength(1);
    const first = [...weak.result.mentions].filter((m) => m.block > 0).sort((a, b) => a.block - b.block || a.start - b.start)[0]!;
    expect(weak.badges[0]!.mention).toBe(first);
    // Not asked (a live batch, the rest of a long page): none.
    expect(plan('entities', WEAK_ONLY).badges).toHaveLength(0);
    // "figures" means figures only.
    expect(plan('figures', WEAK_ONLY, true).badges).toHaveLength(0);
    // A page with badges of its own gets no extra one.
    const strong = plan('entities', HTML, true).badges;
    expect(strong.filter((b) => b.mention && !b.mention.strong)).toHaveLength(0);
  });
});
