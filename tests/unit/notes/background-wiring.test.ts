import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerNotes, SAVE_NOTE_COMMAND, SAVE_NOTE_MENU_ID } from '../../../lib/background/notes';
import { openClaimLensDb } from '../../../lib/notes/db';
import { NoteStore } from '../../../lib/notes/store';

describe('save a note from the context menu and the keyboard command', () => {
  it('adds the menu item on install and starts a note in the tab the menu or the command came from', async () => {
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 1);
    vi.spyOn(fakeBrowser.contextMenus, 'remove').mockResolvedValue(undefined);
    // The fake browser has no click or command events: stand-ins that keep the listener to call it.
    const listeners: { click?: (info: unknown, tab: unknown) => void; command?: (name: string, tab: unknown) => Promise<void> | void } = {};
    Object.assign(fakeBrowser.contextMenus, { onClicked: { addListener: (cb: never) => (listeners.click = cb) } });
    Object.assign(fakeBrowser.commands, { onCommand: { addListener: (cb: never) => (listeners.command = cb) } });
    Object.assign(fakeBrowser.runtime, { onConnect: { addListener: () => {} } });
    const told: { tabId: number; frameId: number; name: string }[] = [];
    const opened: number[] = [];
    const map = new Map<string, unknown>();
    registerNotes({
      openSurface: (target) => (opened.push(target.tabId), Promise.resolve('sidepanel')),
      store: new NoteStore(() => openClaimLensDb(`claimlens-wiring-${Date.now()}`)),
      session: { get: async (k) => map.get(k), set: async (k, val) => void map.set(k, val), remove: async (k) => void map.delete(k) },
      toTab: async (tabId, frameId, name) => {
        told.push({ tabId, frameId, name });
        return { started: true } as never;
      },
      announce: () => {},
    });

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]![0]).toMatchObject({
      id: SAVE_NOTE_MENU_ID,
      title: 'Save a note on the selection',
      contexts: ['selection'],
    });

    listeners.click!({ menuItemId: SAVE_NOTE_MENU_ID, frameId: 3 }, { id: 5, windowId: 1 });
    // The surface is asked for inside the click handler itself, while the click still counts as a gesture.
    expect(opened).toEqual([5]);
    listeners.click!({ menuItemId: 'someone-else' }, { id: 5 });
    void listeners.command!(SAVE_NOTE_COMMAND, { id: 6, windowId: 1 });
    expect(opened).toEqual([5, 6]);
    await listeners.command!('other-command', { id: 6 });
    await vi.waitFor(() => expect(told).toHaveLength(2));
    expect(told).toEqual([
      { tabId: 5, frameId: 3, name: 'noteFromSelection' },
      { tabId: 6, frameId: 0, name: 'noteFromSelection' },
    ]);
  });
});
