import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { fakeBrowser as FakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText } from '@/lib/background/action-badge';

// @webext-core/messaging allows one listener per message name per JS context: every test gets fresh modules.
let fakeBrowser: typeof FakeBrowser;
let registerTabStatus: typeof import('@/lib/background/tab-status').registerTabStatus;
let startBackground: typeof import('@/lib/background').startBackground;
beforeEach(async () => {
  vi.resetModules();
  ({ fakeBrowser } = await import('wxt/testing/fake-browser'));
  fakeBrowser.reset();
  ({ registerTabStatus } = await import('@/lib/background/tab-status'));
  ({ startBackground } = await import('@/lib/background'));
});

const TAB = 7;
const fromContentScript = (frameId = 0) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: TAB, url: 'https://news.example/story' },
  frameId,
  url: 'https://news.example/story',
});
const fromPopup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

/** Deliver a message the way @webext-core/messaging sends it, from `sender`; the handler's reply or its refusal. */
async function deliver(type: string, data: unknown, sender: object): Promise<{ res?: any; err?: { message: string } }> {
  const replies = await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, sender as never, () => {});
  return (await replies.find((r: unknown) => r !== undefined)) as never;
}

const STATUS = { relevant: true, score: 12, reason: 'relevant', badges: 4, figures: 2 };

describe('badgeText', () => {
  it('shows nothing for no badges, the count, and 999+ above that', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-3)).toBe('');
    expect(badgeText(1)).toBe('1');
    expect(badgeText(999)).toBe('999');
    expect(badgeText(1000)).toBe('999+');
  });
});

describe('tab status', () => {
  it("keeps the top frame's report for the tab, shows its count on the toolbar, and answers the popup", async () => {
    registerTabStatus();
    expect((await deliver('pageStatus', STATUS, fromContentScript())).res).toEqual({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('4');
    const summary = (await deliver('tabSummary', { tabId: TAB }, fromPopup())).res;
    expect(summary).toMatchObject({ known: true, url: 'https://news.example/story', ...STATUS });
  });

  it("ignores a frame's report (an ad must not overwrite the article's verdict) and refuses one from an extension page", async () => {
    registerTabStatus();
    expect((await deliver('pageStatus', { ...STATUS, badges: 99 }, fromContentScript(3))).res).toEqual({ ok: false });
    expect((await deliver('pageStatus', STATUS, fromPopup())).err?.message).toMatch(/only content scripts/);
    expect((await deliver('tabSummary', { tabId: TAB }, fromPopup())).res).toMatchObject({ known: false, badges: 0 });
    // And the popup's question is for extension pages only: a content script can't read another tab's summary.
    expect((await deliver('tabSummary', { tabId: TAB }, fromContentScript())).err?.message).toMatch(/only extension pages/);
  });

  it('forgets a tab when it navigates or closes', async () => {
    registerTabStatus();
    await deliver('pageStatus', STATUS, fromContentScript());
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'loading' }, { id: TAB } as never);
    await vi.waitFor(async () => expect((await deliver('tabSummary', { tabId: TAB }, fromPopup())).res.known).toBe(false));
    await deliver('pageStatus', STATUS, fromContentScript());
    await fakeBrowser.tabs.onRemoved.trigger(TAB, {} as never);
    await vi.waitFor(async () => expect((await deliver('tabSummary', { tabId: TAB }, fromPopup())).res.known).toBe(false));
  });
});

describe('startBackground', () => {
  it('wires every handler: a page asks for a feature script and gets it injected into its own frame only', async () => {
    const inject = vi.fn(async () => []);
    Object.assign(fakeBrowser.scripting, { executeScript: inject });
    Object.assign(fakeBrowser.contextMenus, { onClicked: { addListener: () => {} } });
    Object.assign(fakeBrowser.commands, { onCommand: { addListener: () => {} } });
    // The note surfaces' ports (lib/background/note-surface.ts): the fake browser has no onConnect.
    Object.assign(fakeBrowser.runtime, { onConnect: { addListener: () => {} } });
    startBackground();
    expect((await deliver('loadFeature', { feature: 'badges' }, fromContentScript(2))).res).toEqual({ injected: true });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: TAB, frameIds: [2] }, files: ['/annotate.js'] });
    // A page without notes does not get the notes script.
    expect((await deliver('loadFeature', { feature: 'notes', onlyIfNotes: true }, fromContentScript())).res).toEqual({ injected: false });
    expect(inject).toHaveBeenCalledTimes(1);
    // Only content scripts may ask, and only for a feature that exists.
    expect((await deliver('loadFeature', { feature: 'badges' }, fromPopup())).err?.message).toMatch(/only content scripts/);
    expect((await deliver('loadFeature', { feature: 'eval' }, fromContentScript())).err?.message).toMatch(/loadFeature: feature/);
    expect((await deliver('pageStatus', STATUS, fromContentScript())).res).toEqual({ ok: true });
    // The card's data (not in annotate.js): the bundled pack's claims with their sources, for content scripts only.
    const card = JSON.parse((await deliver('cardPack', {}, fromContentScript(2))).res.json);
    expect(card.meta.id).toBe('afpak-2025-26');
    expect(card.claims.length).toBeGreaterThan(100);
    expect(card.claims.every((c: { sources: unknown[] }) => c.sources.length > 0)).toBe(true);
    expect(card.gate).toBeUndefined();
    expect((await deliver('cardPack', {}, fromPopup())).err?.message).toMatch(/only content scripts/);
    expect((await deliver('cardPack', { all: true }, fromContentScript())).err?.message).toMatch(/cardPack/);
  });
});
