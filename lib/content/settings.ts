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
