import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

const BENCH = process.env.CLAIMLENS_BENCH === '1';

/**
 * Bench builds only: each script's first statement notes the time, before any module of the bundle (WXT's `browser`,
 * whose first use in Firefox builds the whole extension API for the page's sandbox, or the bundled word lists) is
 * evaluated. lib/content/bench-marks.ts measures a script's evaluation from it: "ClaimLens's time on a page" then
 * runs from the script's first statement, as the bench's floor extension measures its own.
 */
const firstStatementTime = (): Plugin => ({
  name: 'claimlens-first-statement-time',
  renderChunk: (code) => `globalThis.__claimlensStartedAt=performance.now();${code}`,
});

const GECKO_ID = 'claimlens@claimlens.example';

export default defineConfig({
  // One manifest version for both browsers: a single code path (scripting API, service worker / event page).
  manifestVersion: 3,
  // The sources zip is what Firefox's reviewers rebuild from: generated output and screenshots are not sources.
  zip: { excludeSources: ['demo-output/**', 'bench-output/**', 'docs/screenshots/**', 'lib/pack/compiled/**'] },
  // The bench's build (scripts/bench/build.ts) times ClaimLens's own work with performance measures (lib/content/bench-marks.ts).
  ...(BENCH ? { outDir: '.output/bench' } : {}),
  vite: () => ({
    define: { __CLAIMLENS_BENCH__: JSON.stringify(BENCH) },
    plugins: [preact(), ...(BENCH ? [firstStatementTime()] : [])],
    build: { target: 'es2022' },
    // The pack is large data: JSON.parse of a string is much cheaper for the engine than an object literal.
    json: { stringify: true },
    // Non-Latin aliases (Urdu, Pashto, Hindi) as UTF-8, not \uXXXX escapes: a smaller content script to fetch and parse.
    esbuild: { charset: 'utf8' },
  }),
  manifest: ({ browser }) => ({
    // Localised from public/_locales/<lang>/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: notes must not be evicted under storage pressure (it also lets persist() be granted
    // without a prompt). sidePanel (Chrome): where notes are typed; Firefox's sidebar needs no permission.
    permissions: ['storage', 'scripting', 'contextMenus', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    // The content script (entrypoints/content-script.ts, an unlisted script): on every page's top frame, once idle.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['content-script.js'] }],
    // Declared in the manifest so users can rebind it (chrome://extensions/shortcuts, about:addons).
    commands: { 'save-note': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Save a note on the selection' } },
    // Nothing is web-accessible: no page can frame, fetch or probe for a ClaimLens file (a fetchable file is a
    // detection signal, and in Firefox its moz-extension:// uuid a cross-site tracking id). Notes are typed in the
    // browser's side panel or sidebar, or in an extension window: places a page can't draw on.
    content_security_policy: {
      // Extension pages (and Chrome's service worker) load and fetch only the extension's own files: "no network" becomes a
      // rule the browser enforces, not just a habit of the code.
      extension_pages:
        "default-src 'none'; script-src 'self'; object-src 'none'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'",
    },
    ...(browser === 'firefox'
      ? {
          // Not opened at install: it opens when the reader starts a note.
          sidebar_action: { default_panel: 'note-editor.html', default_title: '__MSG_sidebarTitle__', open_at_install: false },
          browser_specific_settings: {
            // 140: the first ESR with data_collection_permissions and the CSS Custom Highlight API; Android got the former in 142.
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { side_panel: { default_path: 'note-editor.html' } }),
  }),
});
