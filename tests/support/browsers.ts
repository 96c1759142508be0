/**
 * Launch Debian's Chromium or Firefox ESR headless with the BUILT extension loaded, and drive
 * both through one small interface, so every e2e test runs unchanged in both browsers.
 * Recipes: ../shared/research/browser-testing.md. Nothing here downloads a browser.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync, mkdirSync } from 'node:fs';
import { writeZipOfDir } from './zip';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';

export type BrowserKind = 'chromium' | 'firefox';
export const BROWSERS: BrowserKind[] = ['chromium', 'firefox'];

export const GECKO_ID = 'claimlens@claimlens.example';
/** Pinned so the moz-extension:// origin is known in advance. */
export const FIREFOX_UUID = '6d1c1b1e-5a3c-4f0e-9a55-c1a1e2b3c4d5';

const ROOT = resolve(import.meta.dirname, '../..');
export const BUILD_DIRS: Record<BrowserKind, string> = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv3'),
};
const EXECUTABLES: Record<BrowserKind, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

export interface LaunchOptions {
  /** Default true. The demo opens a real window when the machine has a display. */
  headless?: boolean;
  /** Requests anywhere but loopback fail at once (real pages reference the web). Default true. */
  blockRemote?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /**
   * Send EVERY request, loopback included, through this proxy on 127.0.0.1 (tests/support/network.ts records
   * and filters them); it replaces the dead proxy, so blockRemote is implied.
   */
  proxyPort?: number;
  /** Chromium only: the browser's UI language, which picks the extension's _locales (Debian's Firefox ESR has no Urdu). */
  uiLanguage?: string;
  /** prefers-reduced-motion: reduce. */
  reducedMotion?: boolean;
  /** A touch screen: taps and swipes are real touch input (Chromium: hasTouch; Firefox: WebDriver BiDi touch actions). */
  touch?: boolean;
  /** Firefox only: more preferences (the bench turns off timer rounding, so its measures are not whole ms). */
  firefoxPrefs?: Record<string, unknown>;
  /** Load this build instead of .output/<browser>-mv3 (the bench's instrumented build, .output/bench/…). */
  buildDir?: string;
  /** Default true. False: the plain browser, for DOM unit tests that ClaimLens's own content script must not touch. */
  extension?: boolean;
  /** Called for every request the browser makes (pages, subresources, the extension's own). */
  onRequest?: (req: { url: string; fromExtension: boolean }) => void;
  /**
   * Keep the browser profile in this directory and never delete it: launching again with the same directory is
   * a browser restart. In Firefox the extension is then installed as a normal (profile) add-on, not a temporary
   * one, so it is still there after the restart.
   */
  profileDir?: string;
}

export interface TestPage {
  goto(url: string): Promise<void>;
  /** Run `fn` in the page's main world at the start of every document, before the page's own scripts. */
  addInitScript(fn: () => void): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitFor<A>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Make this tab the one in front (input to a tab behind another may not arrive). */
  bringToFront(): Promise<void>;
  /** A real (trusted) touch tap; the session needs `touch: true` in Chromium. */
  tap(x: number, y: number): Promise<void>;
  /** A real finger drag from (x, fromY) to (x, toY) in a few steps. */
  swipe(x: number, fromY: number, toY: number): Promise<void>;
  type(text: string): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  url(): string;
  close(): Promise<void>;
  /** The driver's own page, for tools that take one (@axe-core/playwright): a Playwright page in Chromium, Puppeteer's in Firefox. */
  readonly native: PwPage | PpPage;
}

export interface ExtensionSession {
  kind: BrowserKind;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  extensionOrigin: string;
  newPage(): Promise<TestPage>;
  /** Opens an extension page (popup.html, options.html) in a tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** A tab the extension opened itself (tabs.create), once its URL matches and it has loaded. */
  waitForPage(match: (url: string) => boolean, timeoutMs?: number): Promise<TestPage>;
  close(): Promise<void>;
}

export function assertBuilt(kind: BrowserKind, dir = BUILD_DIRS[kind]): string {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run "npm run build" first`);
  return dir;
}

export async function launch(kind: BrowserKind, options: LaunchOptions = {}): Promise<ExtensionSession> {
  return kind === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

// A closed, unprivileged port: every proxied (= non-loopback) request is refused at once instead of hanging.
// (Not a "restricted" port such as 9: Firefox rejects those with an error that fails the whole navigation.)
export const DEAD_PROXY_PORT = 47_911;

/**
 * Chromium on this closed network: no background networking, updates or sync (they would keep trying hosts that
 * refuse), and its own services sent to reserved .invalid hosts, never reachable, so the network recorder tells
 * them apart from anything the extension would do. Shared with the bench.
 */
export const CHROMIUM_QUIET_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--no-sandbox',
  '--gaia-url=http://gaia.invalid/',
  '--google-apis-url=http://apis.invalid/',
  '--lso-url=http://lso.invalid/',
  '--component-updater=url-source=http://update.invalid/service/update2/json',
  // Typing in a text field (the note editor) asks the autofill server about the form.
  '--autofill-server-url=http://autofill.invalid/',
];

async function launchChromium(options: LaunchOptions): Promise<ExtensionSession> {
  const dir = assertBuilt('chromium', options.buildDir);
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'claimlens-chromium-')));
  // A focused text field would fetch a spelling dictionary from Google: the spell checker is off in test profiles.
  // (A kept profile keeps the Preferences of its first launch.)
  await mkdir(join(profile, 'Default'), { recursive: true });
  if (!existsSync(join(profile, 'Default', 'Preferences')))
    await writeFile(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({
        browser: { enable_spellchecking: false },
        spellcheck: { dictionaries: [], dictionary: '', use_spelling_service: false },
      }),
    );
  const withExtension = options.extension !== false;
  const args = [...(withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []), ...CHROMIUM_QUIET_ARGS];
  if (options.uiLanguage) args.push(`--lang=${options.uiLanguage}`);
  if (options.proxyPort) args.push(`--proxy-server=http://127.0.0.1:${options.proxyPort}`, '--proxy-bypass-list=<-loopback>');
  else if (options.blockRemote !== false) args.push(`--proxy-server=http://127.0.0.1:${DEAD_PROXY_PORT}`);
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLES.chromium,
    headless: options.headless ?? true,
    args,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    hasTouch: options.touch ?? false,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  const worker = withExtension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }))) : null;
  // URL.origin is "null" for chrome-extension: in Node, so cut the scheme and host by hand.
  const extensionOrigin = worker ? worker.url().split('/').slice(0, 3).join('/') : '';
  if (options.onRequest) {
    const report = options.onRequest;
    context.on('request', (r) =>
      report({ url: r.url(), fromExtension: r.serviceWorker() !== null || r.frame()?.url().startsWith(extensionOrigin) === true }),
    );
  }
  const wrap = (page: PwPage): TestPage => ({
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    addInitScript: async (fn) => void (await page.addInitScript(fn)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    // Polled from here: Playwright's waitForFunction takes a returned Promise as truthy at once, so an async
    // predicate (asking the background, say) would never be waited for; evaluate awaits it.
    waitFor: (fn, arg, timeoutMs = 15_000) => waitUntil(() => page.evaluate(fn as never, arg).catch(() => false), timeoutMs, String(fn)),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    bringToFront: () => page.bringToFront(),
    tap: (x, y) => page.touchscreen.tap(x, y),
    swipe: async (x, fromY, toY) => {
      // Playwright has no touch drag: the DevTools protocol's touch events are real input all the same.
      const cdp = await page.context().newCDPSession(page);
      const at = (y: number) => [{ x, y }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(fromY) });
      for (let i = 1; i <= 5; i++)
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(fromY + ((toY - fromY) * i) / 5) });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.detach();
    },
    native: page,
    screenshot: async (path, fullPage = false) => void (await page.screenshot({ path, fullPage })),
    setColorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    url: () => page.url(),
    close: () => page.close(),
  });
  return {
    kind: 'chromium',
    extensionOrigin,
    newPage: async () => wrap(await context.newPage()),
    openExtensionPage: async (path) => {
      const page = wrap(await context.newPage());
      await page.goto(`${extensionOrigin}/${path}`);
      return page;
    },
    waitForPage: async (match, timeoutMs = 15_000) => {
      let found: PwPage | undefined;
      await waitUntil(async () => (found = context.pages().find((p) => match(p.url()))), timeoutMs);
      await found!.waitForLoadState('load');
      return wrap(found!);
    },
    close: async () => {
      await context.close().catch(() => {});
      if (!options.profileDir) await rm(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(options: LaunchOptions): Promise<ExtensionSession> {
  const dir = assertBuilt('firefox', options.buildDir);
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.update.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
    'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
    'ui.prefersReducedMotion': options.reducedMotion ? 1 : 0,
  };
  if (options.proxyPort) {
    Object.assign(prefs, {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.share_proxy_settings': true,
    });
  } else if (options.blockRemote !== false) {
    Object.assign(prefs, {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': DEAD_PROXY_PORT,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': DEAD_PROXY_PORT,
      'network.proxy.no_proxies_on': '127.0.0.1, localhost',
      'network.proxy.allow_hijacking_localhost': false,
    });
  }
  if (options.profileDir) {
    // A profile add-on (unsigned builds load on ESR with signatures off): it survives a restart, a temporary one doesn't.
    mkdirSync(join(options.profileDir, 'extensions'), { recursive: true });
    writeZipOfDir(dir, join(options.profileDir, 'extensions', `${GECKO_ID}.xpi`));
    Object.assign(prefs, { 'xpinstall.signatures.required': false, 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15 });
  }
  Object.assign(prefs, options.firefoxPrefs);
  const viewport = options.viewport ?? { width: 1280, height: 900 };
  const browser: PpBrowser = await puppeteer.launch({
    ...(options.profileDir ? { userDataDir: options.profileDir } : {}),
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: options.headless ?? true,
    args: ['--remote-allow-system-access', `--width=${viewport.width}`, `--height=${viewport.height}`],
    extraPrefsFirefox: prefs,
    // Without it, Firefox ignores puppeteer's services.settings.server (http://dummy.test/) and polls Mozilla's servers.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    defaultViewport: viewport,
  });
  // A kept profile has the extension as a profile add-on (above); otherwise it is installed for this run.
  if (options.extension !== false && !options.profileDir) await browser.installExtension(dir);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  const pages: PpPage[] = [];
  const wrap = (page: PpPage): TestPage => {
    if (options.onRequest) {
      const report = options.onRequest;
      page.on('request', (r) => report({ url: r.url(), fromExtension: r.url().startsWith('moz-extension:') }));
    }
    return {
      goto: async (url) => {
        if (url.startsWith('moz-extension:')) {
          // An awaited goto to a moz-extension URL never resolves (browser-testing.md): wait on location instead.
          page.goto(url).catch(() => {});
          await waitUntil(
            async () => page.evaluate((u: string) => location.href === u && document.readyState === 'complete', url).catch(() => false),
            20_000,
          );
        } else {
          try {
            await page.goto(url, { waitUntil: 'load' });
          } catch (error) {
            // Firefox reports a refused subframe (a remote ad iframe, sent to the dead proxy) as a failed
            // navigation of the page itself. The page is fine if the top document is ours and has loaded.
            // The error can arrive while the document is still parsing, so poll rather than look once.
            await waitUntil(
              () => page.evaluate((u: string) => location.href === u && document.readyState === 'complete', url).catch(() => false),
              15_000,
            ).catch(() => {
              throw error;
            });
          }
        }
      },
      addInitScript: async (fn) => void (await page.evaluateOnNewDocument(fn)),
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      // Poll on a timer: the default (requestAnimationFrame) stalls in a tab that is not in front.
      waitFor: async (fn, arg, timeoutMs = 15_000) =>
        void (await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 100 }, arg)),
      mouseMove: (x, y) => page.mouse.move(x, y),
      mouseClick: (x, y) => page.mouse.click(x, y),
      press: (key) => page.keyboard.press(key as never),
      type: (text) => page.keyboard.type(text),
      bringToFront: () => page.bringToFront(),
      tap: (x, y) => page.touchscreen.tap(x, y),
      swipe: async (x, fromY, toY) => {
        const touch = await page.touchscreen.touchStart(x, fromY);
        for (let i = 1; i <= 5; i++) await touch.move(x, fromY + ((toY - fromY) * i) / 5);
        await touch.end();
      },
      native: page,
      screenshot: async (path, fullPage = false) => void (await page.screenshot({ path: path as `${string}.png`, fullPage })),
      // WebDriver BiDi can't emulate media features in Firefox: the scheme is fixed at launch (LaunchOptions.colorScheme).
      setColorScheme: async (scheme) => {
        if (scheme !== (options.colorScheme ?? 'light')) throw new Error('Firefox: pass colorScheme to launch() instead');
      },
      url: () => page.url(),
      close: () => page.close().catch(() => {}),
    };
  };
  return {
    kind: 'firefox',
    extensionOrigin,
    newPage: async () => {
      const page = await browser.newPage();
      pages.push(page);
      return wrap(page);
    },
    openExtensionPage: async (path) => {
      const page = await browser.newPage();
      pages.push(page);
      const wrapped = wrap(page);
      await wrapped.goto(`${extensionOrigin}/${path}`);
      return wrapped;
    },
    waitForPage: async (match, timeoutMs = 15_000) => {
      let found: PpPage | undefined;
      // page.url() stays about:blank for moz-extension pages (no navigation events): ask each page where it is.
      const here = (p: PpPage) => p.evaluate(() => location.href).catch(() => p.url());
      await waitUntil(async () => {
        for (const p of await browser.pages()) if (match(await here(p))) return (found = p);
        return undefined;
      }, timeoutMs);
      await waitUntil(() => found!.evaluate(() => document.readyState === 'complete').catch(() => false), timeoutMs);
      pages.push(found!);
      return wrap(found!);
    },
    close: async () => {
      await browser.close().catch(() => {});
    },
  };
}

/** Poll from Node: survives the evaluation errors Firefox throws while a page is still navigating. */
async function waitUntil(check: () => Promise<unknown>, timeoutMs: number, what = ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms${what ? `: ${what.slice(0, 160)}` : ''}`);
}
