/**
 * The content script's settings come through the background: ONE round trip at start-up brings the settings and
 * the imported gate part (the background reads both in one storage.local.get), and later values arrive as
 * `settingsChanged`. The page's script never touches `browser.storage` (in Firefox its set-up alone costs
 * milliseconds on every page).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { fakeBrowser as FakeBrowser } from 'wxt/testing/fake-browser';
import { followPageSettings, importedGateAtStartup, type PageSettings } from '@/lib/content/settings';
import { activeGate, IMPORTED_GATE_KEY } from '@/lib/pack/import-keys';
import { gatePack } from '@/lib/pack/bundled-gate';

// The content script reads its page's hostname; node has no location.
vi.stubGlobal('location', { hostname: 'news.example' });

// @webext-core/messaging allows one listener per message name per JS context: every test gets fresh modules.
let fakeBrowser: typeof FakeBrowser;
let registerPageSettings: typeof import('@/lib/background/page-settings').registerPageSettings;
beforeEach(async () => {
  vi.resetModules();
  ({ fakeBrowser } = await import('wxt/testing/fake-browser'));
  fakeBrowser.reset();
  ({ registerPageSettings } = await import('@/lib/background/page-settings'));
});
afterEach(() => vi.restoreAllMocks());

const fromContentScript = () => ({ id: fakeBrowser.runtime.id, tab: { id: 3, url: 'https://news.example/a' }, frameId: 0 });

async function askBackground(): Promise<{ settings: unknown; importedGate: unknown }> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(
    { id: 1, type: 'pageSettings', data: {}, timestamp: Date.now() },
    fromContentScript() as never,
    () => {},
  );
  const reply = (await replies.find((r: unknown) => r !== undefined)) as { res?: any; err?: { message: string } };
  if (reply.err) throw new Error(reply.err.message);
  return reply.res;
}

/** A listener registry like the content script's (lib/content/start.ts routes `settingsChanged` to it). */
function channel() {
  const listeners = new Set<(value: unknown) => void>();
  return {
    listen: (fn: (value: unknown) => void) => (listeners.add(fn), () => listeners.delete(fn)),
    send: (value: unknown) => listeners.forEach((fn) => fn(value)),
    size: () => listeners.size,
  };
}

describe('start-up read', () => {
  it('the background reads the settings and the imported gate in one call; the page uses the import', async () => {
    registerPageSettings();
    const imported = {
      info: { id: gatePack.meta.id, version: '99.0.0' },
      gate: { ...gatePack, meta: { ...gatePack.meta, version: '99.0.0' } },
    };
    await fakeBrowser.storage.local.set({ settings: { enabled: true, density: 'figures' }, [IMPORTED_GATE_KEY]: imported });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const controller = new AbortController();
    const applied: PageSettings[] = [];
    const ch = channel();
    await followPageSettings(controller.signal, (s) => applied.push(s), askBackground, ch.listen);
    expect(get).toHaveBeenCalledTimes(1);
    expect(get.mock.calls[0]![0]).toEqual(expect.arrayContaining(['settings', IMPORTED_GATE_KEY]));
    expect(applied.map((s) => [s.density, s.active])).toEqual([['figures', true]]);
    expect(activeGate(gatePack, importedGateAtStartup()).meta.version).toBe('99.0.0');
    // A later value is applied once; the same value again changes nothing; after the end, nothing at all.
    ch.send({ enabled: true, density: 'all' });
    ch.send({ enabled: true, density: 'all' });
    expect(applied.map((s) => s.density)).toEqual(['figures', 'all']);
    controller.abort();
    expect(ch.size()).toBe(0);
    ch.send({ enabled: false });
    expect(applied).toHaveLength(2);
  });

  it('without an import, the bundled gate; a change that arrives during the read wins over the read', async () => {
    registerPageSettings();
    const controller = new AbortController();
    const applied: PageSettings[] = [];
    const ch = channel();
    await followPageSettings(
      controller.signal,
      (s) => applied.push(s),
      async () => {
        ch.send({ enabled: false });
        return askBackground();
      },
      ch.listen,
    );
    controller.abort();
    expect(applied.map((s) => s.active)).toEqual([false]);
    expect(activeGate(gatePack, importedGateAtStartup())).toBe(gatePack);
  });

  it('a content script cannot be told the settings by a page, and the background sends every change to every tab', async () => {
    registerPageSettings();
    // Only content scripts may ask.
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      { id: 2, type: 'pageSettings', data: {}, timestamp: Date.now() },
      { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') } as never,
      () => {},
    );
    const refused = (await replies.find((r: unknown) => r !== undefined)) as { err?: { message: string } };
    expect(refused.err?.message).toMatch(/only content scripts/);
    const sent: [number, unknown][] = [];
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 4 }, { id: 9 }] as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: { type: string; data: unknown }) => {
      sent.push([tabId, message]);
      return { res: { ok: true } };
    }) as never);
    await fakeBrowser.storage.local.set({ settings: { enabled: false } });
    await vi.waitFor(() => expect(sent.map(([tab]) => tab)).toEqual([4, 9]));
    expect(sent[0]![1]).toMatchObject({ type: 'settingsChanged', data: { settings: { enabled: false } } });
    // An extension page that saved them says so (lib/settings-save.ts), which also wakes a sleeping background.
    sent.length = 0;
    const told = await fakeBrowser.runtime.onMessage.trigger(
      { id: 3, type: 'settingsSaved', data: {}, timestamp: Date.now() },
      { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') } as never,
      () => {},
    );
    expect(((await told.find((r: unknown) => r !== undefined)) as { res: unknown }).res).toEqual({ sent: 2 });
    expect(sent.map(([tab, m]) => [tab, (m as { data: unknown }).data])).toEqual([
      [4, { settings: { enabled: false } }],
      [9, { settings: { enabled: false } }],
    ]);
  });
});
