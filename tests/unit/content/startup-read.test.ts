/**
 * An imported pack costs the content script no extra storage call: the settings and the imported gate part come
 * back from ONE storage.local.get at start-up, and the gate that runs is the imported one only when it is in use.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { followPageSettings, importedGateAtStartup } from '@/lib/content/settings';
import { activeGate, IMPORTED_GATE_KEY } from '@/lib/pack/import-keys';
import { gatePack } from '@/lib/pack/bundled-gate';

// The content script reads its page's hostname; node has no location.
vi.stubGlobal('location', { hostname: 'news.example' });

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('start-up read', () => {
  it('reads the settings and the imported gate in one call, and uses the import', async () => {
    const imported = {
      info: { id: gatePack.meta.id, version: '99.0.0' },
      gate: { ...gatePack, meta: { ...gatePack.meta, version: '99.0.0' } },
    };
    await browser.storage.local.set({ settings: { enabled: true, density: 'figures' }, [IMPORTED_GATE_KEY]: imported });
    const get = vi.spyOn(browser.storage.local, 'get');
    const controller = new AbortController();
    const applied: { density: string }[] = [];
    await followPageSettings(controller.signal, (s) => applied.push(s));
    controller.abort();
    expect(get).toHaveBeenCalledTimes(1);
    expect(get.mock.calls[0]![0]).toEqual(expect.arrayContaining(['settings', IMPORTED_GATE_KEY]));
    expect(applied[0]!.density).toBe('figures');
    expect(activeGate(gatePack, importedGateAtStartup()).meta.version).toBe('99.0.0');
  });

  it('without an import, the bundled gate', async () => {
    const controller = new AbortController();
    await followPageSettings(controller.signal, () => {});
    controller.abort();
    expect(activeGate(gatePack, importedGateAtStartup())).toBe(gatePack);
  });
});
