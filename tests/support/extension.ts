/**
 * Talking to the extension from a test the way its own pages do: from an extension page, with the
 * message format of @webext-core/messaging ({ type, data, timestamp } → { res } | { err }).
 */
import type { ExtensionSession, TestPage } from './browsers';

export interface MessageReply<T> {
  res?: T;
  err?: { message: string };
}

export async function sendFromExtensionPage<T>(page: TestPage, type: string, data: unknown): Promise<MessageReply<T>> {
  return page.evaluate(
    ([t, d]) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() });
    },
    [type, data] as const,
  ) as Promise<MessageReply<T>>;
}

/** The id of the tab showing `url` (or, with `prefix`, a URL that starts with it), asked from an extension page. */
export async function tabIdOf(page: TestPage, url: string, { prefix = false } = {}): Promise<number | undefined> {
  return page.evaluate(
    async ([u, byPrefix]) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const tabs: { id: number; url?: string }[] = await api.tabs.query({});
      return tabs.find((t) => (byPrefix ? t.url?.startsWith(u) : t.url === u))?.id;
    },
    [url, prefix] as const,
  );
}

/** tabIdOf that fails the test, naming the open tabs' addresses, when no tab matches. */
export async function requireTabId(page: TestPage, url: string, options: { prefix?: boolean } = {}): Promise<number> {
  const id = await tabIdOf(page, url, options);
  if (id === undefined) throw new Error(`no tab at ${url}`);
  return id;
}

/** A message from an extension page whose reply must be a result: a refusal fails the test with its message. */
export async function message<T>(page: TestPage, type: string, data: unknown): Promise<T> {
  const reply = await sendFromExtensionPage<T>(page, type, data);
  if (reply?.err) throw new Error(reply.err.message);
  return reply?.res as T;
}

export interface TabSummary {
  known: boolean;
  relevant: boolean;
  score: number;
  reason: string;
  badges: number;
  figures: number;
  liveBatches?: number;
  liveBusyMs?: number;
  /** How many notes the page draws (in a closed shadow root: the page itself can't count them). */
  notesShown?: number;
}

export interface Probe {
  /** What the content script reported to the background for the tab showing `url`, polled until `until` holds. */
  tabSummary(url: string, until?: (s: TabSummary) => boolean, timeoutMs?: number): Promise<TabSummary>;
  page: TestPage;
  close(): Promise<void>;
}

/** One extension page kept open to ask the background questions, as the popup does. */
export async function openProbe(session: ExtensionSession): Promise<Probe> {
  const page = await session.openExtensionPage('popup.html');
  return {
    page,
    async tabSummary(url, until = (s) => s.known, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      let last: TabSummary | undefined;
      while (Date.now() < deadline) {
        const tabId = await tabIdOf(page, url);
        if (tabId !== undefined) {
          const reply = await sendFromExtensionPage<TabSummary>(page, 'tabSummary', { tabId });
          last = reply.res;
          if (last && until(last)) return last;
        }
        await new Promise((ok) => setTimeout(ok, 100));
      }
      throw new Error(`no matching tab summary for ${url} within ${timeoutMs} ms; last: ${JSON.stringify(last)}`);
    },
    close: () => page.close(),
  };
}

export async function waitForTabSummary(
  session: ExtensionSession,
  url: string,
  until?: (s: TabSummary) => boolean,
  timeoutMs?: number,
): Promise<TabSummary> {
  const probe = await openProbe(session);
  try {
    return await probe.tabSummary(url, until, timeoutMs);
  } finally {
    await probe.close();
  }
}

/**
 * Fill a file chooser of an extension page as a user would: a File in the input (`data-testid` = `testId`), then
 * its change event. The options page's pack import and the popup's notes import both take their file this way.
 */
export async function chooseFile(page: TestPage, testId: string, text: string, name: string): Promise<void> {
  await page.evaluate(
    ([id, content, fileName]) => {
      const input = document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [testId, text, name] as [string, string, string],
  );
}
