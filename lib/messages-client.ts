/**
 * Typed messages for the scripts that run in web pages (the content script, annotate.js, notes.js). The valibot
 * schemas in lib/messages.ts are where messages are received and checked (the background); importing only the
 * types here keeps them out of the start-up bundle.
 *
 * A thin wrapper over `runtime.sendMessage` / `runtime.onMessage` instead of @webext-core/messaging: that library
 * pulls webextension-polyfill and an error serialiser into every page (about 5 KB gzip of a 15 KB budget), while
 * MV3's own API already returns promises in both browsers. It speaks the library's wire format, so the background's
 * handlers (lib/messages.ts, which keeps the library) accept these messages and reply as they always did:
 * request `{ id, type, data, timestamp }`, reply `{ res }` or `{ err }`.
 */
import { browser } from 'wxt/browser';
import type { ProtocolMap } from './messages';

type Name = keyof ProtocolMap;
type DataOf<K extends Name> = Parameters<ProtocolMap[K]>[0];
type ReplyOf<K extends Name> = ReturnType<ProtocolMap[K]>;

interface Wire {
  id?: number;
  type?: unknown;
  data?: unknown;
  timestamp?: unknown;
}

let nextId = Math.floor(Math.random() * 10_000);

/** Send to the background; resolves with its handler's reply, rejects with its error (or when none answers). */
export async function sendMessage<K extends Name>(type: K, data: DataOf<K>): Promise<ReplyOf<K>> {
  const reply = (await browser.runtime.sendMessage({ id: nextId++, type, data, timestamp: Date.now() })) as
    { res?: ReplyOf<K>; err?: { message?: string } } | undefined;
  if (!reply) throw new Error('No response');
  if (reply.err != null) throw new Error(String(reply.err.message ?? 'ClaimLens: the background failed'));
  return reply.res as ReplyOf<K>;
}

export interface Received<K extends Name> {
  data: DataOf<K>;
  sender: { id?: string; tab?: unknown; url?: string };
}

type Handler<K extends Name> = (message: Received<K>) => unknown;

/**
 * Handle the message types sent to this frame (by the background's tabs.sendMessage), with one listener for all of
 * them: every listener added to `runtime.onMessage` is work on every page. Only messages of these types are
 * answered: others are left to whichever listener owns them. Returns the function that stops listening.
 */
export function onMessages(handlers: { [K in Name]?: Handler<K> }): () => void {
  const listener = (message: unknown, sender: Received<Name>['sender'], respond: (reply: unknown) => void): true | undefined => {
    const wire = message as Wire | null;
    if (!wire || typeof wire !== 'object' || typeof wire.type !== 'string' || typeof wire.timestamp !== 'number') return undefined;
    if (!Object.hasOwn(handlers, wire.type)) return undefined;
    const handle = handlers[wire.type as Name] as Handler<Name> | undefined;
    if (!handle) return undefined;
    Promise.resolve()
      .then(() => handle({ data: wire.data as DataOf<Name>, sender }))
      .then(
        (res) => respond({ res }),
        (err: unknown) => respond({ err: { name: 'Error', message: String((err as Error)?.message ?? err) } }),
      );
    // Keep the channel open for the asynchronous reply (the form both browsers accept).
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
