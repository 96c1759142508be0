import { describe, expect, it } from 'vitest';
import { openNoteSurface, type SurfaceApis } from '../../../lib/background/note-surface';

const noGesture = () => Promise.reject(new Error('`sidePanel.open()` may only be called in response to a user gesture.'));

describe('opening the note surface', () => {
  it('asks for the side panel before it awaits anything (a gesture lasts only as long as the handler)', async () => {
    const calls: string[] = [];
    const apis: SurfaceApis = {
      sidePanelOpen: async () => void calls.push('sidepanel'),
      createWindow: async () => void calls.push('window'),
    };
    const opening = openNoteSurface(apis, { tabId: 4, windowId: 2 }, 'x');
    // Synchronously, before the first await of the caller:
    expect(calls).toEqual(['sidepanel']);
    expect(await opening).toBe('sidepanel');
    expect(calls).toEqual(['sidepanel']);
  });

  it('falls back to a window without a gesture, then to the popup, then reports none', async () => {
    const urls: string[] = [];
    expect(await openNoteSurface({ sidePanelOpen: noGesture, createWindow: async (u) => void urls.push(u) }, { tabId: 4 }, 'w?tab=4')).toBe(
      'window',
    );
    expect(urls).toEqual(['w?tab=4']);
    expect(await openNoteSurface({ sidebarOpen: noGesture, createWindow: noGesture, openPopup: async () => {} }, { tabId: 4 }, 'x')).toBe(
      'popup',
    );
    // Firefox for Android: no sidebar, no windows; a popup that can't open leaves the draft waiting for the reader.
    expect(await openNoteSurface({ openPopup: noGesture }, { tabId: 4 }, 'x')).toBe('none');
    expect(await openNoteSurface({}, { tabId: 4 }, 'x')).toBe('none');
  });

  it('a synchronous throw from the browser is a failed open, not a crash', async () => {
    const throwing: SurfaceApis = {
      sidebarOpen: () => {
        throw new Error('sync');
      },
      createWindow: async () => {},
    };
    expect(await openNoteSurface(throwing, { tabId: 1 }, 'x')).toBe('window');
  });
});
