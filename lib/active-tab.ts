/**
 * The tab an extension page (the popup) acts on. Normally the active tab of the window the popup
 * belongs to; `?tab=<id>` in the page's URL names it explicitly, which is how tests (and any page
 * opened in a tab of its own) address a page tab.
 */
import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  url: string;
  /** Set only for http(s) pages, the only pages ClaimLens runs on. */
  hostname: string | null;
}

export function webHostname(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

export async function getTargetTab(search: string = location.search): Promise<TargetTab | null> {
  const named = Number.parseInt(new URLSearchParams(search).get('tab') ?? '', 10);
  const tab =
    Number.isInteger(named) && named >= 0
      ? await browser.tabs.get(named).catch(() => null)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab || tab.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? '', hostname: webHostname(tab.url) };
}
