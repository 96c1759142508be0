import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { execFileSync } from 'node:child_process';

const GECKO_ID = 'claimlens@claimlens.example';

export default defineConfig({
  // One manifest version for both browsers: a single code path (scripting API, service worker / event page).
  manifestVersion: 3,
  // The compiled pack is generated from data/ before every build, so a build never ships stale data.
  hooks: {
    'build:before': () => {
      if (process.env.CLAIMLENS_SKIP_COMPILE !== '1') execFileSync('npx', ['tsx', 'scripts/data.ts', 'compile'], { stdio: 'inherit' });
    },
  },
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'ClaimLens',
    description: 'Competing claims, side by side, on news about the Afghanistan–Pakistan border conflict.',
    permissions: ['storage', 'scripting', 'contextMenus'],
    host_permissions: ['http://*/*', 'https://*/*'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
