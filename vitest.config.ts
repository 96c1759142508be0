import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto', './tests/support/fake-i18n.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Real browsers on 2 cores: one file at a time, generous timeouts for launches (never for speed assertions).
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
      {
        test: {
          // DOM units in real Chromium and Firefox ESR (tests/browser-run/dom-units.test.ts explains why not vitest's browser mode).
          name: 'browser',
          include: ['tests/browser-run/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
