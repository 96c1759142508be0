/**
 * The floor of the real-pages arm: the least a content script that runs on every page can cost. A tiny extension,
 * written here for the bench, whose content script does only what ClaimLens's must do before it reads anything:
 * listen for the background's messages, ask the background for the page's settings, take the reply, and report a
 * status back. Its work is marked with the same `claimlens:*` measures the bench build uses (`evaluate`, `start`,
 * `settings`, `report`), and summed the same way (extension-run.ts `ownMs`). ClaimLens's time on a page ÷ this
 * floor's, on the same page in the same browser, is the share of the cost that is ClaimLens's own reading.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserKind } from '../../tests/support/browsers';
import { GECKO_ID } from '../../tests/support/browsers';
import { OUT } from './output';

/** The content script: plain JavaScript, one file, no module of ours. */
const CONTENT = `(() => {
  // The first statement: the namespace's first use below is part of the cost (in Firefox it builds the API for the page).
  const t0 = performance.now();
  const api = globalThis.browser ?? globalThis.chrome;
  const measure = (name, start) => performance.measure('claimlens:' + name, { start, end: performance.now() });
  measure('evaluate', t0);
  const start = performance.now();
  api.runtime.onMessage.addListener((message, sender, respond) => {
    if (message && message.type === 'settingsChanged') respond({ res: { ok: true } });
  });
  const settings = api.runtime.sendMessage({ id: 1, type: 'pageSettings', data: {}, timestamp: Date.now() });
  measure('start', start);
  settings.then((reply) => {
    const at = performance.now();
    const on = Boolean(reply && reply.res && reply.res.active);
    measure('settings', at);
    const report = performance.now();
    api.runtime
      .sendMessage({ id: 2, type: 'pageStatus', data: { on, relevant: false, score: 0, reason: 'no-mention' }, timestamp: Date.now() })
      .catch(() => {});
    measure('report', report);
  });
})();
`;

const BACKGROUND = `(globalThis.browser ?? globalThis.chrome).runtime.onMessage.addListener((message, sender, respond) => {
  if (message && message.type === 'pageSettings') respond({ res: { active: true } });
  else if (message && message.type === 'pageStatus') respond({ res: { ok: true } });
});
`;

/** Writes the floor extension for `kind` under bench-output/ and returns its folder. */
export function floorExtension(kind: BrowserKind): string {
  const dir = path.join(OUT, `floor-extension-${kind}`);
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'ClaimLens bench floor',
    version: '1.0.0',
    host_permissions: ['http://*/*', 'https://*/*'],
    background: kind === 'chromium' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['content.js'] }],
    ...(kind === 'firefox' ? { browser_specific_settings: { gecko: { id: GECKO_ID } } } : {}),
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(dir, 'content.js'), CONTENT);
  writeFileSync(path.join(dir, 'background.js'), BACKGROUND);
  return dir;
}
