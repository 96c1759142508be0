/**
 * The content script's view of the settings: what applies to THIS page, now and after every change
 * made in the options page or the popup (no reload needed).
 */
import { browser } from 'wxt/browser';
import { isEnabledFor, normalizeSettings, SETTINGS_KEY, watchSettings, type Settings } from '../settings';
import { IMPORTED_GATE_KEY } from '../pack/import-keys';

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
  // One storage read at start-up: the settings and, when the user imported a data pack, its compiled gate part.
  const settingsKey = SETTINGS_KEY.slice('local:'.length);
  const stored = await browser.storage.local.get([settingsKey, IMPORTED_GATE_KEY]);
  startupGate = stored[IMPORTED_GATE_KEY];
  const initial = normalizeSettings(stored[settingsKey]);
  if (!signal.aborted && latest === null) apply(resolveForPage(initial, hostname));
}

let startupGate: unknown;
/** The imported pack's gate part as the start-up read found it (lib/pack/import.ts decides whether it is used). */
export function importedGateAtStartup(): unknown {
  return startupGate;
}
