import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract, extractChanged, finish, gate, markScanned, prepare, readPage, readPageInSteps, rescan } from '@/lib/content/text-road';
import { gatePack } from '@/lib/pack/bundled-gate';
import { runtimePack } from '@/lib/pack/bundled-runtime';

const ARTICLE = `<!doctype html><html lang="en"><head><title>Clashes on the Durand Line</title>
<meta property="article:published_time" content="2025-10-12"></head><body>
<nav><p>Home · World · Zabihullah Mujahid said 58 Pakistani soldiers were killed</p></nav>
<article id="a"><h1>Clashes on the Durand Line</h1>
<p id="p1">Zabihullah Mujahid said 58 Pakistani soldiers were killed along the Durand Line.</p>
<div id="d">Intro text <p id="p2">nested paragraph</p> tail text</div>
</article></body></html>`;

const load = () => parseHTML(ARTICLE).document as unknown as Document;

describe('the text road', () => {
  it('in steps (read, walk, normalise and read names, gate) gives what it gives in one go, and only with the same pack', () => {
    const steps = readPageInSteps(load(), gatePack);
    expect(typeof steps).toBe('function');
    const page = (steps as () => ReturnType<typeof extract>)();
    expect(page.blocks.map((b) => b.text)).toEqual(readPage(load(), gatePack).blocks.map((b) => b.text));
    const whole = gate(page, gatePack);
    expect(whole.gate.relevant).toBe(true);
    const early = prepare(page, gatePack);
    expect(gate(page, gatePack, early)).toEqual(whole);
    // Names read with another pack (an import that replaced the gate between the two tasks) are not used.
    const other = { ...gatePack, aliases: [], aliasIndex: {}, pattern: '(?!)' };
    expect(gate(page, gatePack, prepare(page, other)).gate).toEqual(whole.gate);
    // A page that names nobody is turned down in the first step, with its metadata.
    const quiet = parseHTML('<html><head><title>Rates</title></head><body><article><p>Shares rose.</p></article></body></html>');
    const turnedDown = readPageInSteps(quiet.document as unknown as Document, gatePack);
    expect(turnedDown).toMatchObject({ blocks: [], meta: { title: 'Rates' } });
  });

  it('a live batch reads only the blocks holding the changed nodes, each whole and as a full pass reads it', () => {
    const doc = load();
    const page = extract(doc);
    const p = doc.createElement('p');
    p.append("Pakistan's ISPR said ", doc.createElement('b'), '23 troops were martyred.');
    p.querySelector('b')!.textContent = 'on Sunday ';
    doc.getElementById('a')!.append(p);
    // A text change inside an inline element: its paragraph is read whole.
    const inline = p.querySelector('b')!.firstChild!;
    const part = extractChanged(doc, page, [inline]);
    expect(part.blocks.map((b) => b.text)).toEqual(["Pakistan's ISPR said on Sunday 23 troops were martyred."]);
    const full = extract(doc);
    expect(full.blocks.find((b) => b.element === p)!.text).toBe(part.blocks[0]!.text);
    // A block interrupted by a nested block reads the same as in the full pass; a node in the navigation gives nothing.
    const d = doc.getElementById('d')!;
    const inD = extractChanged(doc, page, [d.firstChild!, doc.querySelector('nav p')!.firstChild!]);
    expect(inD.blocks.map((b) => b.text)).toEqual(full.blocks.filter((b) => d.contains(b.element!)).map((b) => b.text));
  });

  it('gate → finish, then a rescan of a changed block finds only its new figure', () => {
    const doc = load();
    const page = extract(doc);
    const result = finish(page, gate(page, gatePack), runtimePack);
    expect(result.relevant).toBe(true);
    const scanned = new WeakMap<Element, string>();
    markScanned(page, scanned);
    const p1 = doc.getElementById('p1')!;
    p1.append(" Pakistan's ISPR said 23 troops were martyred.");
    const part = extractChanged(doc, page, [p1.lastChild!]);
    const found = rescan(part, scanned, result.mentions, runtimePack);
    expect(found.figures.map((f) => f.claimId).sort()).toEqual(['oct12-iea-pak-soldiers-killed-58', 'oct12-ispr-pak-soldiers-killed-23']);
    // The same batch again: nothing new.
    expect(rescan(extractChanged(doc, page, [p1.lastChild!]), scanned, result.mentions, runtimePack)).toEqual({
      mentions: [],
      figures: [],
    });
  });
});
