import { browser } from 'wxt/browser';
import { checkSender, messaging, parseRequest, type MessageName, type ProtocolMap, type SenderPolicy } from '../messages';

type Handler<K extends MessageName> = (
  data: Parameters<ProtocolMap[K]>[0],
  sender: { tabId?: number; windowId?: number; frameId?: number; url?: string },
) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>;

/** Register a background handler that first checks the sender and validates the payload. */
export function handle<K extends MessageName>(name: K, policy: SenderPolicy, handler: Handler<K>): () => void {
  const ownOrigin = browser.runtime.getURL('/');
  // The library's generic types don't narrow per key; the validated call below is what keeps it honest.
  return (messaging.onMessage as (n: K, cb: (m: { data: unknown; sender: any }) => unknown) => () => void)(name, async (message) => {
    checkSender(message.sender ?? {}, browser.runtime.id, ownOrigin, policy);
    const data = parseRequest(name, message.data);
    return handler(data as Parameters<ProtocolMap[K]>[0], {
      tabId: message.sender?.tab?.id,
      windowId: message.sender?.tab?.windowId,
      frameId: message.sender?.frameId,
      url: message.sender?.tab?.url ?? message.sender?.url,
    });
  });
}
