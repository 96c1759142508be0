/**
 * The `browser` vitest project: DOM units that linkedom can't run (layout, selections, the Highlight API, closed
 * shadow roots), in real Chromium and Firefox ESR. Vitest's own browser mode can't drive Debian's Firefox here
 * (its providers need Playwright's patched Firefox or a downloaded geckodriver), so each tests/browser/*.browser.ts
 * module is bundled with esbuild into one script and run in a page served from 127.0.0.1, in a browser WITHOUT the
 * extension (its content script must not touch the test's DOM). Selector baselines are pinned in
 * tests/browser/selector-baselines.json; UPDATE_BASELINES=1 rewrites them from Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { BROWSERS, launch, type ExtensionSession } from '../support/browsers';
import { serveStatic, type StaticServer } from '../support/server';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCES = resolve(ROOT, 'tests/browser');
const BASELINES = join(SOURCES, 'selector-baselines.json');
const MODULES = readdirSync(SOURCES).filter((f) => f.endsWith('.browser.ts'));
/** Real articles from the repository's labelled set: the selector baselines are taken on these. */
const BASELINE_PAGES = [
  '/fixtures/pages/en-2025-10-12-border-clashes-wire.html',
  '/fixtures/pages/en-2025-11-03-durand-line-analysis.html',
  '/fixtures/pages/ur-2025-10-12-border-clashes.html',
];

let server: StaticServer;
const out = mkdtempSync(join(tmpdir(), 'claimlens-dom-units-'));
beforeAll(async () => {
  await build({
    entryPoints: MODULES.map((m) => join(SOURCES, m)),
    outdir: out,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    alias: { '@': ROOT, 'wxt/browser': resolve(SOURCES, 'wxt-browser-stub.ts') },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    plugins: [
      {
        // Component styles are imported as strings (Vite's ?inline).
        name: 'inline-css',
        setup(b) {
          b.onResolve({ filter: /\?inline$/ }, (a) => ({
            path: resolve(a.path.startsWith('@/') ? ROOT : a.resolveDir, a.path.replace(/^@\//, '').replace(/\?inline$/, '')),
            namespace: 'inline-css',
          }));
          b.onLoad({ filter: /.*/, namespace: 'inline-css' }, (a) => ({ contents: readFileSync(a.path, 'utf8'), loader: 'text' }));
        },
      },
    ],
  });
  writeFileSync(
    join(out, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>DOM units</title></head><body></body></html>',
  );
  server = await serveStatic({ '/': out, '/fixtures/': resolve(ROOT, 'tests/fixtures') });
}, 60_000);
afterAll(() => server?.close());

const pinned = existsSync(BASELINES) && process.env.UPDATE_BASELINES !== '1' ? JSON.parse(readFileSync(BASELINES, 'utf8')) : [];

describe.each(BROWSERS)('DOM units in %s', (kind) => {
  let browser: ExtensionSession;
  beforeAll(async () => {
    browser = await launch(kind, { extension: false });
  });
  afterAll(() => browser?.close());

  it.each(MODULES)('%s', async (module) => {
    const page = await browser.newPage();
    await page.goto(server.url('/index.html'));
    const script = basename(module, '.ts') + '.js';
    const { results, computed } = await page.evaluate(
      async ([src, pinnedBaselines, pages]) => {
        Object.assign(globalThis, { __pinned: pinnedBaselines, __pages: pages });
        await new Promise((ok, fail) => {
          const el = document.createElement('script');
          el.src = src;
          el.onload = ok;
          el.onerror = fail;
          document.head.append(el);
        });
        const results = await (globalThis as any).__runDomUnits();
        return { results, computed: (globalThis as any).__computed ?? null };
      },
      [`/${script}`, pinned, BASELINE_PAGES] as const,
    );
    await page.close();
    if (computed && (process.env.UPDATE_BASELINES === '1' || !existsSync(BASELINES)) && kind === 'chromium')
      writeFileSync(BASELINES, JSON.stringify(computed, null, 2) + '\n');
    expect(results.length).toBeGreaterThan(0);
    expect((results as { name: string; error?: string }[]).filter((r) => r.error)).toEqual([]);
  });
});
