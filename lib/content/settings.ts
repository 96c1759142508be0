/**
 * The content script's view of the settings: what applies to THIS page, now and after every change
 * made in the options page or the popup (no reload needed).
 *
 * It reads the one stored key itself rather than through WXT storage (lib/settings.ts's `settingsItem`, which
 * every extension page and the background use, and which runs the migrations in the background): that library
 * is about 3 KB gzip of a start-up bundle held to 15 KB, for one `get` and one `onChanged`. Every value still
 * goes through `normalizeSettings`, so a partial or older value can't break a page.
 */
import { browser } from 'wxt/browser';
import { isEnabledFor, normalizeSettings, SETTINGS_KEY, type Settings } from '../settings';
import { IMPORTED_GATE_KEY } from '../pack/import-keys';

export interface PageSettings extends Settings {
  /** Whether ClaimLens runs on this page: the global switch and the site rules, resolved for its hostname. */
  active: boolean;
}

export function resolveForPage(settings: Settings, hostname: string): PageSettings {
  return { ...settings, active: isEnabledFor(hostname, settings) };
}

/** WXT storage's "local:settings" is the key "settings" of storage.local. */
const AREA = SETTINGS_KEY.slice(0, SETTINGS_KEY.indexOf(':')) as 'local';
const KEY = SETTINGS_KEY.slice(AREA.length + 1);

/** Calls `apply` with the current page settings, then again on every change, until `signal` aborts. */
export async function followPageSettings(signal: AbortSignal, apply: (settings: PageSettings) => void): Promise<void> {
  const hostname = location.hostname;
  // Watch before the first read, so a change made in between is not missed.
  let changed = false;
  const onChanged = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    // Like WXT's watch: a write of the same value is no change (it would restart every feature).
    if (signal.aborted || area !== AREA || !change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    changed = true;
    apply(resolveForPage(normalizeSettings(change.newValue), hostname));
  };
  if (signal.aborted) return;
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
  // One storage read at start-up: the settings and, when the user imported a data pack, its compiled gate part.
  const stored = await browser.storage[AREA].get([KEY, IMPORTED_GATE_KEY]);
  startupGate = stored[IMPORTED_GATE_KEY];
  if (!signal.aborted && !changed) apply(resolveForPage(normalizeSettings(stored[KEY]), hostname));
}

let startupGate: unknown;
/** The imported pack's gate part as the start-up read found it (lib/pack/import.ts decides whether it is used). */
export function importedGateAtStartup(): unknown {
  return startupGate;
}
