/**
 * The content script's view of the settings: what applies to THIS page, now and after every change
 * made in the options page or the popup (no reload needed).
 *
 * The background reads and watches the stored key for it (lib/background/page-settings.ts): a page's script that
 * touched `browser.storage` would pay for that API's set-up on every page (8–9 ms in Firefox, measured by the
 * bench's real-pages arm). Every value still goes through `normalizeSettings`, so a partial or older value can't
 * break a page.
 */
import { isEnabledFor, normalizeSettings, type Settings } from '../settings';

export interface PageSettings extends Settings {
  /** Whether ClaimLens runs on this page: the global switch and the site rules, resolved for its hostname. */
  active: boolean;
}

export function resolveForPage(settings: Settings, hostname: string): PageSettings {
  return { ...settings, active: isEnabledFor(hostname, settings) };
}

/** The stored settings and imported gate, as the background read them (`pageSettings`). */
export interface StartupRead {
  settings: unknown;
  importedGate: unknown;
}

/**
 * Calls `apply` with the current page settings, then again on every change, until `signal` aborts. `read` asks the
 * background for the stored value (one round trip, which also brings the imported gate part); `listen` receives every
 * later value (`settingsChanged`, sent by the background to every tab). Nothing here touches `browser.storage`.
 */
export async function followPageSettings(
  signal: AbortSignal,
  apply: (settings: PageSettings) => void,
  read: () => Promise<StartupRead>,
  listen: (onValue: (value: unknown) => void) => () => void,
): Promise<void> {
  const hostname = location.hostname;
  // Listen before the first read, so a change made in between is not missed.
  let changed = false;
  let last: string | undefined;
  const onValue = (value: unknown) => {
    const json = JSON.stringify(value ?? null);
    if (signal.aborted || json === last) return;
    changed = true;
    last = json;
    apply(resolveForPage(normalizeSettings(value), hostname));
  };
  if (signal.aborted) return;
  signal.addEventListener('abort', listen(onValue), { once: true });
  const stored = await read();
  startupGate = stored.importedGate ?? undefined;
  if (signal.aborted || changed) return;
  last = JSON.stringify(stored.settings ?? null);
  apply(resolveForPage(normalizeSettings(stored.settings), hostname));
}

let startupGate: unknown;
/** The imported pack's gate part as the start-up read found it (lib/pack/import.ts decides whether it is used). */
export function importedGateAtStartup(): unknown {
  return startupGate;
}
