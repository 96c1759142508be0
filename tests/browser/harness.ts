/**
 * The in-page side of the DOM unit tests (tests/browser/*.browser.ts): a tiny test registry and assertions, so a
 * test module bundles into one script that runs in a real page (tests/browser-run/dom-units.test.ts drives it in
 * Chromium and Firefox ESR). linkedom can't lay out, select or run the Highlight API; these tests need a browser.
 */
type Test = () => void | Promise<void>;
const tests: [string, Test][] = [];

export function test(name: string, fn: Test): void {
  tests.push([name, fn]);
}

export function equal<T>(actual: T, expected: T, what = 'value'): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

export function ok(condition: unknown, what: string): void {
  if (!condition) throw new Error(what);
}

/** Fresh page content for one test. */
export function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

export async function runAll(): Promise<{ name: string; error?: string }[]> {
  const results: { name: string; error?: string }[] = [];
  for (const [name, fn] of tests) {
    try {
      await fn();
      results.push({ name });
    } catch (err) {
      results.push({ name, error: String((err as Error)?.stack ?? err) });
    }
  }
  return results;
}

(globalThis as { __runDomUnits?: typeof runAll }).__runDomUnits = runAll;
