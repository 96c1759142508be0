/**
 * The one protocol between content scripts, extension pages and the background.
 * Types come from the valibot schemas, and every handler validates its input at
 * runtime and checks who sent it: a message is data from a less trusted context.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as v from 'valibot';

export const PingRequest = v.strictObject({ nonce: v.pipe(v.string(), v.maxLength(64)) });
export const PingResponse = v.object({ nonce: v.string(), packVersion: v.string(), from: v.literal('background') });

export const DbSelfTestRequest = v.strictObject({ value: v.pipe(v.string(), v.maxLength(256)) });
export const DbSelfTestResponse = v.object({ written: v.string(), read: v.string() });

/** Request schemas by message name: the background validates every message against these. */
export const requestSchemas = {
  ping: PingRequest,
  dbSelfTest: DbSelfTestRequest,
} as const;

type Req<K extends keyof typeof requestSchemas> = v.InferOutput<(typeof requestSchemas)[K]>;

export interface ProtocolMap {
  ping(data: Req<'ping'>): v.InferOutput<typeof PingResponse>;
  dbSelfTest(data: Req<'dbSelfTest'>): v.InferOutput<typeof DbSelfTestResponse>;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage } = messaging;

export type MessageName = keyof ProtocolMap & keyof typeof requestSchemas;

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type SenderPolicy = 'content-script' | 'extension-page' | 'any-extension-context';

export class RejectedMessageError extends Error {
  override name = 'RejectedMessageError';
}

/**
 * Accept a message only from this extension; a web page has no way to call runtime.sendMessage
 * to us without externally_connectable, but a compromised or foreign extension might.
 */
export function checkSender(sender: SenderInfo, ownId: string, ownOrigin: string, policy: SenderPolicy): void {
  if (sender.id !== ownId) throw new RejectedMessageError('message from another extension');
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
  if (policy === 'extension-page' && !fromExtensionPage) throw new RejectedMessageError('only extension pages may send this');
  if (policy === 'content-script' && (fromExtensionPage || sender.tab?.id === undefined)) {
    throw new RejectedMessageError('only content scripts may send this');
  }
}

export function parseRequest<K extends MessageName>(name: K, data: unknown): Req<K> {
  const result = v.safeParse(requestSchemas[name], data);
  if (!result.success) {
    const issue = result.issues[0];
    throw new RejectedMessageError(`${name}: ${v.getDotPath(issue) ?? '$'}: ${issue.message}`);
  }
  return result.output as Req<K>;
}
