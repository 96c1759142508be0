/**
 * Where a note is typed: never in a frame inside the page (a page owns every box in its DOM and can swap an
 * extension frame for a look-alike), only where a page can't draw: the browser's side panel (Chrome), its
 * sidebar (Firefox), a small extension window, or the toolbar popup.
 *
 * Chrome's `sidePanel.open` and Firefox's `sidebarAction.open` work only while the browser counts a user
 * action (a context-menu click, a keyboard command, a click whose message is still being handled), and only if
 * called synchronously inside its handler. So `openNoteSurface` calls the first API before it awaits anything,
 * and falls back to `windows.create` (no gesture needed) and then `action.openPopup` (Firefox for Android has
 * neither side panel nor windows).
 */
import { browser } from 'wxt/browser';
import { NOTE_SURFACE_PORT, type NoteSurface, type NoteSurfaceHello } from '../notes/protocol';

export interface SurfaceTarget {
  tabId: number;
  windowId?: number;
}

/** The browser APIs that open a surface; each is missing where the browser lacks it. */
export interface SurfaceApis {
  sidePanelOpen?: (target: SurfaceTarget) => Promise<unknown>;
  sidebarOpen?: () => Promise<unknown>;
  createWindow?: (url: string) => Promise<unknown>;
  openPopup?: () => Promise<unknown>;
}

export const SURFACE_WINDOW = { width: 420, height: 560 };

export function surfaceUrl(getURL: (path: string) => string, tabId: number): string {
  return `${getURL('/note-editor.html')}?tab=${tabId}`;
}

type AnyApi = Record<string, any> | undefined;

export function browserSurfaceApis(): SurfaceApis {
  const b = browser as unknown as Record<string, AnyApi>;
  const sidePanel = b.sidePanel;
  const sidebarAction = b.sidebarAction;
  const windows = b.windows;
  const action = b.action;
  return {
    ...(typeof sidePanel?.open === 'function'
      ? {
          // The window's panel, not a tab-specific one: that one closes when the reader switches tabs (to copy a
          // line from another page, say), which would end the draft.
          sidePanelOpen: (t: SurfaceTarget) => sidePanel.open(t.windowId !== undefined ? { windowId: t.windowId } : { tabId: t.tabId }),
        }
      : {}),
    ...(typeof sidebarAction?.open === 'function' ? { sidebarOpen: () => sidebarAction.open() } : {}),
    ...(typeof windows?.create === 'function'
      ? {
          createWindow: (url: string) => windows.create({ url, type: 'popup', ...SURFACE_WINDOW, focused: true }),
        }
      : {}),
    ...(typeof action?.openPopup === 'function' ? { openPopup: () => action.openPopup() } : {}),
  };
}

/**
 * Open the best surface for a tab's note. Call it synchronously from the event handler that carries the
 * user's gesture: the side panel or sidebar is asked for before the first await.
 */
export function openNoteSurface(apis: SurfaceApis, target: SurfaceTarget, url: string): Promise<NoteSurface> {
  let first: { kind: NoteSurface; opening: Promise<unknown> } | null = null;
  try {
    if (apis.sidePanelOpen) first = { kind: 'sidepanel', opening: apis.sidePanelOpen(target) };
    else if (apis.sidebarOpen) first = { kind: 'sidebar', opening: apis.sidebarOpen() };
  } catch (error) {
    first = { kind: 'none', opening: Promise.reject(error) };
  }
  return (async () => {
    if (first) {
      try {
        await first.opening;
        return first.kind;
      } catch {
        // No gesture (a message from a content script, in the browsers that don't pass one on): fall back.
      }
    }
    if (apis.createWindow) {
      try {
        await apis.createWindow(url);
        return 'window';
      } catch {
        // e.g. no windows API (Firefox for Android)
      }
    }
    if (apis.openPopup) {
      try {
        await apis.openPopup();
        return 'popup';
      } catch {
        // a popup needs a gesture in some browsers; the draft waits for the reader to open it
      }
    }
    return 'none';
  })();
}

/**
 * The surfaces that are open now. Each surface page keeps a port open while it lives and says which tab
 * (and which draft) it shows; a port that closes while showing a draft means the reader closed the window or
 * the panel without saving, and the draft ends.
 */
export class SurfaceRegistry {
  private readonly live = new Map<object, NoteSurfaceHello & { draftId?: string }>();

  constructor(private readonly onClosedWithDraft: (draftId: string) => void) {}

  /** Accept a port only from the extension's own pages: a content script may use the same port name. */
  listen(ownId: string, ownOrigin: string, log?: (hello: NoteSurfaceHello) => void): void {
    browser.runtime.onConnect.addListener((port) => {
      if (port.name !== NOTE_SURFACE_PORT) return;
      const sender = port.sender;
      if (sender?.id !== ownId || typeof sender.url !== 'string' || !sender.url.startsWith(ownOrigin)) {
        port.disconnect();
        return;
      }
      port.onMessage.addListener((raw: unknown) => {
        const hello = parseHello(raw);
        if (!hello) return;
        const before = this.live.get(port);
        this.live.set(port, hello);
        if (!before || before.kind !== hello.kind || before.tabId !== hello.tabId) log?.(hello);
      });
      port.onDisconnect.addListener(() => {
        const last = this.live.get(port);
        this.live.delete(port);
        if (last?.draftId) this.onClosedWithDraft(last.draftId);
      });
    });
  }

  /** A surface already showing this tab, if any: a new draft there needs nothing opened. */
  showing(tabId: number): NoteSurface | null {
    for (const hello of this.live.values()) if (hello.tabId === tabId) return hello.kind;
    return null;
  }
}

function parseHello(raw: unknown): (NoteSurfaceHello & { draftId?: string }) | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const kinds = ['sidepanel', 'sidebar', 'popup', 'window'];
  if (typeof r.kind !== 'string' || !kinds.includes(r.kind)) return null;
  const id = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : null);
  const hello: NoteSurfaceHello & { draftId?: string } = {
    kind: r.kind as NoteSurfaceHello['kind'],
    tabId: id(r.tabId),
    windowId: id(r.windowId),
  };
  if (typeof r.draftId === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(r.draftId)) hello.draftId = r.draftId;
  return hello;
}
