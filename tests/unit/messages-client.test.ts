/**
 * The page scripts' thin messaging (lib/messages-client.ts) against @webext-core/messaging, which the background
 * keeps: on WXT's fake browser, each side must understand the other's wire format.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from '@/lib/messages';
import { onMessages, sendMessage } from '@/lib/messages-client';

const status = { relevant: false, score: 0, reason: 'no-strong-evidence', badges: 0, figures: 0 };

/**
 * The background's side as it runs in a browser: webextension-polyfill lets a listener answer by returning a
 * promise (the fake browser only knows `return true` + sendResponse), so listeners get that wrapper here.
 */
function polyfillPromiseReplies(): void {
  type Listener = (m: unknown, s: unknown, r: (x: unknown) => void) => unknown;
  const event = fakeBrowser.runtime.onMessage;
  const add = event.addListener.bind(event);
  const remove = event.removeListener.bind(event);
  const wrapped = new Map<Listener, Listener>();
  event.addListener = ((listener: Listener) => {
    const wrapper: Listener = (message, sender, respond) => {
      const out = listener(message, sender, respond);
      if (!(out instanceof Promise)) return out;
      void out.then(respond);
      return true;
    };
    wrapped.set(listener, wrapper);
    add(wrapper as never);
  }) as never;
  event.removeListener = ((listener: Listener) => remove((wrapped.get(listener) ?? listener) as never)) as never;
}

describe('thin page messaging', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    polyfillPromiseReplies();
  });

  it("reaches the library's handler in the background and returns its reply", async () => {
    const background = defineExtensionMessaging<ProtocolMap>();
    const seen: unknown[] = [];
    background.onMessage('pageStatus', (m) => {
      seen.push(m.data);
      return { ok: true };
    });
    await expect(sendMessage('pageStatus', status)).resolves.toEqual({ ok: true });
    expect(seen).toEqual([status]);
  });

  it("rejects with the background handler's error", async () => {
    const background = defineExtensionMessaging<ProtocolMap>();
    background.onMessage('loadFeature', () => {
      throw new Error('only content scripts may send loadFeature');
    });
    await expect(sendMessage('loadFeature', { feature: 'badges' })).rejects.toThrow(/only content scripts/);
  });

  it("answers the library's messages of its own type only, and stops when told", async () => {
    const background = defineExtensionMessaging<ProtocolMap>();
    const off = onMessages({ noteScrollTo: (m) => ({ found: (m.data as { id: string }).id === 'n1' }) });
    await expect(background.sendMessage('noteScrollTo', { id: 'n1' })).resolves.toEqual({ found: true });
    off();
    await expect(background.sendMessage('noteScrollTo', { id: 'n1' })).rejects.toThrow();
  });

  it('sends a thrown error back as the library expects it', async () => {
    const background = defineExtensionMessaging<ProtocolMap>();
    onMessages({
      notesChanged: () => {
        throw new Error('only the extension may send this');
      },
    });
    await expect(background.sendMessage('notesChanged', {} as never)).rejects.toThrow('only the extension may send this');
  });

  it('routes several types through one listener, answers none of the others, and stops when told', async () => {
    const background = defineExtensionMessaging<ProtocolMap>();
    const event = fakeBrowser.runtime.onMessage as unknown as { hasListeners(): boolean };
    const calls: string[] = [];
    const off = onMessages({
      noteScrollTo: (m) => (calls.push('scroll'), { found: (m.data as { id: string }).id === 'n1' }),
      notesChanged: () => (calls.push('changed'), { ok: true }),
    });
    await expect(background.sendMessage('noteScrollTo', { id: 'n1' })).resolves.toEqual({ found: true });
    await expect(background.sendMessage('notesChanged', {} as never)).resolves.toEqual({ ok: true });
    // A type it was not given is left to its owner: nobody answers it here.
    await expect(background.sendMessage('noteEditorClosed', { draftId: 'd' } as never)).rejects.toThrow();
    // Nor does an inherited name count as a handler.
    await expect(background.sendMessage('toString' as never, {} as never)).rejects.toThrow();
    expect(calls).toEqual(['scroll', 'changed']);
    off();
    expect(event.hasListeners()).toBe(false);
    await expect(background.sendMessage('noteScrollTo', { id: 'n1' })).rejects.toThrow();
  });
});
