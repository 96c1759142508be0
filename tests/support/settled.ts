import type { TestPage } from './browsers';

/**
 * The centre of an element in viewport pixels, once it has stood still: the same box twice, 30 ms apart. A card
 * positioned after it shows, or a popup whose upper part arrives late, moves things after they exist; a pointer or a
 * finger aimed at the first box would land beside them (the cause of a CI failure). Timers, not animation frames:
 * Firefox may hold frames back in a page it is not painting.
 * `host`: the element whose shadow root holds `selector` (ClaimLens's card), when it is not in the document itself.
 */
export function settledCentre(page: TestPage, selector: string, host?: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    async ([sel, hostSel]) => {
      const scope: ParentNode = hostSel ? document.querySelector(hostSel)!.shadowRoot! : document;
      const el = scope.querySelector(sel);
      if (!el) throw new Error(`no element ${sel}`);
      let r = el.getBoundingClientRect();
      for (let i = 0; i < 100; i++) {
        await new Promise((ok) => setTimeout(ok, 30));
        const next = el.getBoundingClientRect();
        const still = next.x === r.x && next.y === r.y && next.width === r.width && next.height === r.height;
        r = next;
        if (still) break;
      }
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    [selector, host ?? ''] as const,
  );
}
