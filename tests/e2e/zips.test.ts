/**
 * `npm run zip` makes the three files the stores take, and each manifest says what package.json and the
 * README promise: the version, exactly the documented permissions, the gecko id and the minimum Firefox.
 * In the e2e project because it builds (and so rewrites .output/), which must not race the browser tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readZip, type ZipEntry } from '../support/zip';
import { GECKO_ID } from '../support/browsers';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const zipPath = (suffix: string) => resolve(ROOT, `.output/${pkg.name}-${pkg.version}-${suffix}.zip`);

/** Every permission, and why, is in the README's "Permissions" section: change both together. */
const PERMISSIONS = {
  chrome: ['contextMenus', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage'],
  firefox: ['contextMenus', 'scripting', 'storage', 'unlimitedStorage'],
};
const HOST_PERMISSIONS = ['http://*/*', 'https://*/*'];
const FIREFOX_MIN = '140.0';
const ICON_SIZES = [16, 32, 48, 96, 128];

type Manifest = Record<string, any>;
const json = (entry: ZipEntry | undefined) => JSON.parse(entry!.read().toString('utf8'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

beforeAll(() => {
  execFileSync('npm', ['run', 'zip'], { cwd: ROOT, stdio: 'pipe', timeout: 180_000 });
}, 200_000);

describe.each(['chrome', 'firefox'] as const)('the %s zip', (suffix) => {
  let files: Map<string, ZipEntry>;
  let manifest: Manifest;
  beforeAll(() => {
    files = readZip(zipPath(suffix));
    manifest = json(files.get('manifest.json'));
  });

  it('carries package.json version, MV3, and a localised name', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    for (const locale of ['en', 'ur', 'ps', 'fa']) {
      const messages = json(files.get(`_locales/${locale}/messages.json`));
      expect(messages.extName.message).toBe('ClaimLens');
      expect(messages.extDescription.message.length).toBeGreaterThan(20);
      // The stores cap the description at 132 characters.
      expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('asks for exactly the documented permissions', () => {
    expect([...manifest.permissions].sort()).toEqual(PERMISSIONS[suffix]);
    // Nothing a page could frame, fetch or probe for (issue #14).
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect([...manifest.host_permissions].sort()).toEqual(HOST_PERMISSIONS);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    for (const script of manifest.content_scripts) expect([...script.matches].sort()).toEqual(HOST_PERMISSIONS);
  });

  it('sets a strict CSP that allows no remote origin', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    for (const sources of Object.values(directives) as string[][]) {
      for (const source of sources) expect(source).not.toMatch(/^(https?:|wss?:|\*|'unsafe-eval')/);
    }
  });

  it('has every icon the stores ask for, at its real size', () => {
    for (const size of ICON_SIZES) {
      const path = manifest.icons[String(size)];
      expect(path, `icon ${size}`).toBeTruthy();
      expect(pngSize(files.get(path)!.read())).toEqual([size, size]);
    }
  });

  it('loads no remote script or style from its pages', () => {
    for (const [name, entry] of files) {
      if (!name.endsWith('.html')) continue;
      expect(entry.read().toString('utf8'), name).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//i);
    }
  });

  it("carries the pack once: the page's scripts hold the engine's compiled form, the card's texts stay in the background", () => {
    const text = (name: string) => files.get(name)!.read().toString('utf8');
    const [content, annotate, background] = ['content-script.js', 'annotate.js', 'background.js'].map(text);
    // A claim's source URL and text are card data: served to a frame with badges by the background (`cardPack`).
    for (const [name, script] of [
      ['content.js', content],
      ['annotate.js', annotate],
    ] as const) {
      expect(script, name).not.toContain('dawn.com/news/');
      expect(script, name).not.toContain('including a lieutenant colonel');
    }
    expect(background).toContain('dawn.com/news/');
    // The notes code is notes.js's alone: annotate.js asks the session for the notes feature.
    expect(annotate).not.toContain('notesForPage');
    expect(text('notes.js')).toContain('notesForPage');
    // The metadata reader is the content script's (the first read); the extractor's walk and the gate's pack (its
    // one alias pattern) are gate.js's, loaded only where the first read found a word of a name; annotate.js has
    // neither (it reads a live batch through the session, `readChanged`). Markers: the metadata reader's date keys,
    // the extractor's chrome classes, a name of the alias pattern.
    const gate = text('gate.js');
    expect(content).toContain('parsely-pub-date');
    expect(annotate).not.toContain('parsely-pub-date');
    for (const marker of ['taboola', 'khalid bin walid']) {
      expect(gate, marker).toContain(marker);
      expect(content, marker).not.toContain(marker);
      expect(annotate, marker).not.toContain(marker);
    }
  });

  if (suffix === 'firefox') {
    it('has the gecko id, the minimum Firefox and the data-collection declaration', () => {
      const gecko = manifest.browser_specific_settings.gecko;
      expect(gecko.id).toBe(GECKO_ID);
      expect(gecko.strict_min_version).toBe(FIREFOX_MIN);
      expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
      expect(manifest.background.scripts).toBeTruthy();
    });
  } else {
    it('has no Firefox-only keys and a service worker', () => {
      expect(manifest.browser_specific_settings).toBeUndefined();
      expect(manifest.background.service_worker).toBeTruthy();
    });
  }
});

describe('the sources zip', () => {
  it('holds what a reviewer needs to rebuild, and nothing generated or private', () => {
    const files = readZip(zipPath('sources'));
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'PRIVACY.md',
      'scripts/data.ts',
    ]) {
      expect(files.has(needed), needed).toBe(true);
    }
    expect([...files.keys()].some((n) => /^data\/.+\.json$/.test(n))).toBe(true);
    const unwanted = [...files.keys()].filter((n) =>
      /^(node_modules|\.output|\.wxt|\.tmp|\.git|demo-output|bench-output|docs\/screenshots|lib\/pack\/compiled)\//.test(n),
    );
    expect(unwanted).toEqual([]);
  });

  it('prints the sizes', () => {
    const sizes = Object.fromEntries(['chrome', 'firefox', 'sources'].map((s) => [s, statSync(zipPath(s)).size]));
    console.log(`[zips] ${JSON.stringify(sizes)}`);
    expect(sizes.chrome).toBeGreaterThan(0);
  });
});
