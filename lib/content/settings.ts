/**
 * The content script's view of the settings: what applies to THIS page, now and after every change
 * made in the options page or the popup (no reload needed).
 */
import { getSettings, isEnabledFor, watchSettings, type Settings } from '../settings';

export interface PageSettings extends Settings {
  /** Whether ClaimLens runs on this page: the global switch and the site rules, resolved for its hostname. */
  active: boolean;
}

export function resolveForPage(settings: Settings, hostname: string): PageSettings {
  return { ...settings, active: isEnabledFor(hostname, settings) };
}

/** Calls `apply` with the current page settings, then again on every change, until `signal` aborts. */
export async function followPageSettings(signal: AbortSignal, apply: (settings: PageSettings) => void): Promise<void> {
  const hostname = location.hostname;
  // Watch before the first read, so a change made in between is not missed.
  let latest: Settings | null = null;
  watchSettings((s) => {
    latest = s;
    apply(resolveForPage(s, hostname));
  }, signal);
  const initial = await getSettings();
  if (!signal.aborted && latest === null) apply(resolveForPage(initial, hostname));
}

/**
 * A test-visible trace of the settings the content script applies, as attributes on <html>
 * (attributes, not text, so the page's text is untouched). The e2e tests of issue 7 read it;
 * the in-page features can replace it with their own observable effect (badge counts).
 */
export function init(signal: AbortSignal): Promise<void> {
  const root = document.documentElement;
  signal.addEventListener('abort', () => {
    root.removeAttribute('data-claimlens-active');
    root.removeAttribute('data-claimlens-density');
  });
  return followPageSettings(signal, (s) => {
    root.setAttribute('data-claimlens-active', String(s.active));
    root.setAttribute('data-claimlens-density', s.density);
  });
}
