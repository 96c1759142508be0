import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { foreignTextAdded } from '@/lib/content/live';

const { document } = parseHTML('<html><body><p id="p">x</p></body></html>');

function childList(...added: Node[]): MutationRecord {
  return { type: 'childList', addedNodes: added as unknown as NodeList, target: document.body } as unknown as MutationRecord;
}

describe('foreignTextAdded', () => {
  it("counts the page's added text, and nothing for our own elements", () => {
    const p = document.createElement('p');
    p.textContent = 'Torkham stayed shut.';
    const badge = document.createElement('claimlens-badge');
    badge.textContent = 'ignored';
    expect(foreignTextAdded([childList(p)])).toBe('Torkham stayed shut.'.length);
    expect(foreignTextAdded([childList(badge)])).toBe(0);
    expect(foreignTextAdded([childList(document.createTextNode('   '))])).toBe(0);
  });

  it('counts character data changes outside our elements only', () => {
    const text = document.createTextNode('12:01:07');
    document.getElementById('p')!.append(text);
    const record = { type: 'characterData', target: text, addedNodes: [] } as unknown as MutationRecord;
    expect(foreignTextAdded([record])).toBe(8);
    const inside = document.createElement('claimlens-card');
    const ours = document.createTextNode('card text');
    inside.append(ours);
    document.body.append(inside);
    expect(foreignTextAdded([{ type: 'characterData', target: ours, addedNodes: [] } as unknown as MutationRecord])).toBe(0);
  });
});
