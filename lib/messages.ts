/**
 * The one protocol between content scripts, extension pages and the background.
 * Types come from the valibot schemas, and every handler validates its input at
 * runtime and checks who sent it: a message is data from a less trusted context.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as v from 'valibot';
import { noteRequestSchemas, type NotesProtocolMap } from './notes/protocol';

export const DbSelfTestRequest = v.strictObject({ value: v.pipe(v.string(), v.maxLength(256)) });
export const DbSelfTestResponse = v.object({ written: v.string(), read: v.string() });

/**
 * The page's session asks for one of its features (lib/content/features.ts): the background injects that script into
 * the sender's frame only. `onlyIfNotes`: only if the page has notes (asked once per page, at start).
 */
export const LoadFeatureRequest = v.strictObject({
  feature: v.picklist(['road', 'badges', 'card', 'notes']),
  onlyIfNotes: v.optional(v.literal(true)),
});
export const LoadFeatureResponse = v.object({ injected: v.boolean() });

/**
 * The badges feature asks for the card's texts and sources (claims, sources, context) of the bundled pack, as JSON
 * text. They live in the background, not in annotate.js: the badges script then carries one compiled form of the pack
 * (the engine's), and the card's data is parsed in the page only where badges were placed.
 */
export const CardPackRequest = v.strictObject({});
export const CardPackResponse = v.object({ json: v.string() });

/**
 * The content script's one read at start-up: the stored settings and, when the user imported a data pack, its gate
 * part, as stored (the content script normalises them). Through the background, so that a page's script never
 * touches `browser.storage`: in Firefox the first use of that API in a page costs several milliseconds, on every page.
 */
export const PageSettingsRequest = v.strictObject({});
export const PageSettingsResponse = v.object({ settings: v.unknown(), importedGate: v.unknown() });
/** background → content scripts: the settings changed (the new stored value, normalised by the receiver). */
export const SettingsChangedRequest = v.strictObject({ settings: v.unknown() });
/** An extension page saved the settings (lib/settings-save.ts): the background sends them to every tab. */
export const SettingsSavedRequest = v.strictObject({});

/** What a content script found on its page: the popup's summary of the current tab, and the toolbar count. */
export const PageStatusRequest = v.strictObject({
  relevant: v.boolean(),
  // The learned gate scores around 0 (relevant at 0 or more): a page that names someone but is not let through
  // scores below it, and its status must still reach the popup.
  score: v.pipe(v.number(), v.minValue(-1e6), v.maxValue(1e6)),
  reason: v.pipe(v.string(), v.maxLength(40)),
  badges: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
  figures: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
  /** How much work page changes have cost so far (batches handled, ms spent): churn must stay bounded. */
  liveBatches: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  liveBusyMs: v.optional(v.pipe(v.number(), v.minValue(0))),
  /** How many of the page's notes are drawn (never which: the page can't see them either). */
  notesShown: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000))),
});
export const PageStatusResponse = v.object({ ok: v.boolean() });

/** An extension page (popup, tests) asks what the content script reported for a tab. */
export const TabSummaryRequest = v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });
export const TabSummaryResponse = v.object({
  known: v.boolean(),
  url: v.optional(v.string()),
  relevant: v.boolean(),
  score: v.number(),
  reason: v.string(),
  badges: v.number(),
  figures: v.number(),
  liveBatches: v.optional(v.number()),
  liveBusyMs: v.optional(v.number()),
  notesShown: v.optional(v.number()),
});

/** The card's "See all claims for this event": a content script cannot open an extension page itself. */
export const OpenExplorerRequest = v.strictObject({
  eventId: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,127}$/, 'is not an event id'))),
});
export const OpenExplorerResponse = v.object({ opened: v.boolean() });

/** Request schemas by message name: the background validates every message against these. */
export const requestSchemas = {
  loadFeature: LoadFeatureRequest,
  cardPack: CardPackRequest,
  pageSettings: PageSettingsRequest,
  settingsChanged: SettingsChangedRequest,
  settingsSaved: SettingsSavedRequest,
  pageStatus: PageStatusRequest,
  tabSummary: TabSummaryRequest,
  dbSelfTest: DbSelfTestRequest,
  openExplorer: OpenExplorerRequest,
  ...noteRequestSchemas,
} as const;

type Req<K extends keyof typeof requestSchemas> = v.InferOutput<(typeof requestSchemas)[K]>;

export interface ProtocolMap extends NotesProtocolMap {
  loadFeature(data: Req<'loadFeature'>): v.InferOutput<typeof LoadFeatureResponse>;
  cardPack(data: Req<'cardPack'>): v.InferOutput<typeof CardPackResponse>;
  pageSettings(data: Req<'pageSettings'>): v.InferOutput<typeof PageSettingsResponse>;
  settingsChanged(data: Req<'settingsChanged'>): { ok: boolean };
  settingsSaved(data: Req<'settingsSaved'>): { sent: number };
  pageStatus(data: Req<'pageStatus'>): v.InferOutput<typeof PageStatusResponse>;
  tabSummary(data: Req<'tabSummary'>): v.InferOutput<typeof TabSummaryResponse>;
  dbSelfTest(data: Req<'dbSelfTest'>): v.InferOutput<typeof DbSelfTestResponse>;
  openExplorer(data: Req<'openExplorer'>): v.InferOutput<typeof OpenExplorerResponse>;
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
