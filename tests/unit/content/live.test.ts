import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { foreignTextAdded, watchPage } from '@/lib/content/live';

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

describe('watchPage throttle', () => {
  /** A stand-in MutationObserver the test fires by hand, and a clock the handler advances to simulate its cost. */
  function setup(cost: number) {
    let fire: (records: MutationRecord[]) => void = () => {};
    class FakeObserver {
      constructor(cb: (records: MutationRecord[]) => void) {
        fire = cb;
      }
      observe() {}
      disconnect() {}
      takeRecords() {
        return [];
      }
    }
    vi.useFakeTimers();
    vi.stubGlobal('window', globalThis);
    vi.stubGlobal('MutationObserver', FakeObserver);
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const calls: { added: number; changed: Node[] }[] = [];
    const controller = new AbortController();
    const watch = watchPage(
      controller.signal,
      (added, changed) => {
        calls.push({ added, changed });
        now += cost;
      },
      document as unknown as Document,
    );
    const p = document.createElement('p');
    p.textContent = 'x'.repeat(50);
    const mutate = () => fire([childList(p)]);
    return { watch, calls, mutate, controller, node: p };
  }
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('batches a burst of changes into one call with their text and nodes', () => {
    const { calls, mutate, node } = setup(1);
    for (let i = 0; i < 30; i++) mutate();
    vi.advanceTimersByTime(399);
    expect(calls).toHaveLength(0);
    vi.advanceTimersByTime(1 + 1); // the base delay, then the idle callback (a task where the API is missing)
    expect(calls).toEqual([{ added: 30 * 50, changed: [node] }]);
  });

  it('waits ten times what the last batch cost before the next one (about 10% of the CPU at most)', () => {
    const { watch, calls, mutate } = setup(300);
    mutate();
    vi.advanceTimersByTime(401);
    expect(calls).toHaveLength(1);
    expect(watch.stats.delayMs).toBe(3000);
    expect(watch.stats.busyMs).toBe(300);
    mutate();
    vi.advanceTimersByTime(2999);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(2);
    expect(calls).toHaveLength(2);
  });

  it('never waits more than ten seconds, and stops when its signal aborts', () => {
    const { watch, calls, mutate, controller } = setup(5000);
    mutate();
    vi.advanceTimersByTime(401);
    expect(watch.stats.delayMs).toBe(10_000);
    mutate();
    controller.abort();
    vi.advanceTimersByTime(20_000);
    expect(calls).toHaveLength(1);
  });
});
