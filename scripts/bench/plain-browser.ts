/**
 * A browser WITHOUT the extension, for the arms that run the bench library in the page (and for page loads
 * without ClaimLens, the baseline of every load ratio): Chromium through playwright-core, Firefox ESR through
 * puppeteer-core over WebDriver BiDi, behind one small interface. Same dead proxy as the e2e harness: only
 * 127.0.0.1 answers. Nothing here downloads a browser.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser as PwBrowser } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser } from 'puppeteer-core';
import { CHROMIUM_QUIET_ARGS, DEAD_PROXY_PORT, type BrowserKind } from '../../tests/support/browsers';

export interface PlainPage {
  /** Navigate and wait for the load event. */
  goto(url: string): Promise<void>;
  /** Run the file's source in the page's main world (a bundled IIFE). */
  addScript(file: string): Promise<void>;
  /** Run in the page's main world at the start of every document. */
  addInitScript(fn: () => void): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  close(): Promise<void>;
}

export interface PlainBrowser {
  kind: BrowserKind;
  version: string;
  newPage(): Promise<PlainPage>;
  close(): Promise<void>;
}

/** Firefox rounds performance.now() to whole milliseconds unless told not to: the bench needs better. */
export const FIREFOX_BENCH_PREFS = {
  'privacy.reduceTimerPrecision': false,
  'privacy.resistFingerprinting.reduceTimerPrecision.jitter': false,
};

export async function launchPlain(kind: BrowserKind): Promise<PlainBrowser> {
  return kind === 'chromium' ? launchChromium() : launchFirefox();
}

async function launchChromium(): Promise<PlainBrowser> {
  const browser: PwBrowser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_QUIET_ARGS, '--js-flags=--expose-gc', `--proxy-server=http://127.0.0.1:${DEAD_PROXY_PORT}`],
  });
  return {
    kind: 'chromium',
    version: `chromium ${browser.version()}`,
    newPage: async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      return {
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 30_000 })),
        addScript: async (file) => void (await page.addScriptTag({ content: readFileSync(file, 'utf8') })),
        addInitScript: async (fn) => void (await page.addInitScript(fn)),
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        close: () => context.close().catch(() => {}),
      };
    },
    close: () => browser.close().catch(() => {}),
  };
}

async function launchFirefox(): Promise<PlainBrowser> {
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--width=1280', '--height=900'],
    defaultViewport: { width: 1280, height: 900 },
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      ...FIREFOX_BENCH_PREFS,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': DEAD_PROXY_PORT,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': DEAD_PROXY_PORT,
      'network.proxy.no_proxies_on': '127.0.0.1, localhost',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  return {
    kind: 'firefox',
    version: `firefox ${(await browser.version()).replace(/^firefox\//i, '')}`,
    newPage: async () => {
      const page = await browser.newPage();
      return {
        goto: async (url) => {
          try {
            await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
          } catch (error) {
            // A refused subresource may be reported as a failed navigation: fine if our document loaded.
            const ok = await page
              .evaluate((u: string) => location.href === u && document.readyState === 'complete', url)
              .catch(() => false);
            if (!ok) throw error;
          }
        },
        addScript: async (file) => void (await page.evaluate(readFileSync(file, 'utf8'))),
        addInitScript: async (fn) => void (await page.evaluateOnNewDocument(fn)),
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        close: () => page.close().catch(() => {}),
      };
    },
    close: () => browser.close().catch(() => {}),
  };
}
