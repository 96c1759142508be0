/**
 * The user's settings: one versioned object in storage.local, shared by the content script,
 * the popup, the options page and the background. Every read goes through `normalizeSettings`,
 * so a hand-edited, partial or older value can never crash a page: unknown fields are dropped and
 * missing ones take their defaults.
 *
 * Live updates: storage.onChanged reaches every open tab, so a content script that calls
 * `watchSettings` re-applies a change without a reload.
 */
import { storage } from 'wxt/utils/storage';

export type Density = 'figures' | 'entities' | 'all';
export const DENSITIES: readonly Density[] = ['figures', 'entities', 'all'];

export type Claimant = 'afghanistan' | 'pakistan' | 'independent';
export const CLAIMANTS: readonly Claimant[] = ['afghanistan', 'pakistan', 'independent'];

export interface SiteRules {
  /** Hostnames where ClaimLens runs even when it is globally off. */
  allow: string[];
  /** Hostnames where ClaimLens never runs. */
  block: string[];
}

export interface Settings {
  /** Global on/off; site rules override it per hostname. */
  enabled: boolean;
  siteRules: SiteRules;
  /** figures: figure badges only; entities: figures plus the first strong mention of a key entity; all: every mention. */
  density: Density;
  highlightMentions: boolean;
  claimantColumns: Record<Claimant, boolean>;
  /** The card shows only the claims known when the article was published (issue #16). */
  onlyKnownThen: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  siteRules: Object.freeze({ allow: [], block: [] }) as SiteRules,
  density: 'entities',
  highlightMentions: true,
  claimantColumns: Object.freeze({ afghanistan: true, pakistan: true, independent: true }),
  onlyKnownThen: false,
});

export const SETTINGS_KEY = 'local:settings' as const;
export const SETTINGS_VERSION = 1;

/**
 * Migrations by target version, run by WXT on start-up when the stored version is older.
 * To change the shape: bump SETTINGS_VERSION, add `[n]: (old) => new` here, and a test in
 * tests/unit/settings.test.ts that stores the old shape and reads the new one.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

const MAX_RULES = 1000;

export function cloneDefaults(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    siteRules: { allow: [], block: [] },
    claimantColumns: { ...DEFAULT_SETTINGS.claimantColumns },
  };
}

/** Lower-case, no trailing dot, no leading "www.": the form rules are stored and compared in. */
export function normalizeHostname(input: string): string {
  let host = input.trim().toLowerCase();
  // Accept a pasted URL as well as a bare hostname.
  if (host.includes('/')) {
    try {
      host = new URL(host.includes('://') ? host : `http://${host}`).hostname;
    } catch {
      return '';
    }
  }
  host = host.replace(/\.+$/, '').replace(/^www\./, '');
  return /^[a-z0-9.-]{1,253}$/.test(host) || /^\[[0-9a-f:.]+\]$/.test(host) ? host : '';
}

function normalizeHostList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const host = normalizeHostname(item);
    if (host) out.add(host);
    if (out.size >= MAX_RULES) break;
  }
  return [...out].sort();
}

/** Any stored value in, a complete and valid Settings out. */
export function normalizeSettings(raw: unknown): Settings {
  const s = cloneDefaults();
  if (!raw || typeof raw !== 'object') return s;
  const r = raw as Record<string, unknown>;
  if (typeof r.enabled === 'boolean') s.enabled = r.enabled;
  if (typeof r.highlightMentions === 'boolean') s.highlightMentions = r.highlightMentions;
  if (typeof r.onlyKnownThen === 'boolean') s.onlyKnownThen = r.onlyKnownThen;
  if (typeof r.density === 'string' && (DENSITIES as readonly string[]).includes(r.density)) s.density = r.density as Density;
  if (r.siteRules && typeof r.siteRules === 'object') {
    const rules = r.siteRules as Record<string, unknown>;
    s.siteRules.allow = normalizeHostList(rules.allow);
    s.siteRules.block = normalizeHostList(rules.block);
    // A host in both lists would be ambiguous: blocking is the safer reading.
    s.siteRules.allow = s.siteRules.allow.filter((h) => !s.siteRules.block.includes(h));
  }
  if (r.claimantColumns && typeof r.claimantColumns === 'object') {
    const cols = r.claimantColumns as Record<string, unknown>;
    for (const c of CLAIMANTS) if (typeof cols[c] === 'boolean') s.claimantColumns[c] = cols[c];
  }
  return s;
}

// Pure: a script that imports only the model (the content script, which reads the key itself) leaves WXT storage out.
export const settingsItem = /* @__PURE__ */ storage.defineItem<Settings>(SETTINGS_KEY, {
  fallback: DEFAULT_SETTINGS as Settings,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/**
 * The writes of this context, one after another (where the Web Locks API is missing). Unset until the first write: a
 * module-level call would stay in the content script's bundle.
 */
let writes: Promise<unknown> | undefined;

/**
 * Read-modify-write: the popup and the options page may both be open, so never write a stale copy.
 * Two changes started together (two quick clicks) would both read the same value and the second write would undo
 * the first: each change waits for the one before. The lock is the extension origin's, so it holds across the
 * popup, the options page and the background; without the API, the chain holds within one page.
 */
export function updateSettings(change: (current: Settings) => Settings | void): Promise<Settings> {
  const write = async () => {
    const current = await getSettings();
    const next = normalizeSettings(change(current) ?? current);
    await settingsItem.setValue(next);
    return next;
  };
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  // The lock's promise settles with the callback's value (the typings wrap it once more).
  if (locks) return locks.request('claimlens-settings', write) as unknown as Promise<Settings>;
  const done = writes ? writes.then(write, write) : write();
  writes = done.catch(() => {});
  return done;
}

/**
 * Call `onChange` with the new settings whenever they change in any context, until `signal` aborts.
 * Returns the unwatch function too, for callers without a signal.
 */
export function watchSettings(onChange: (settings: Settings) => void, signal?: AbortSignal): () => void {
  if (signal?.aborted) return () => {};
  const unwatch = settingsItem.watch((value) => onChange(normalizeSettings(value)));
  signal?.addEventListener('abort', unwatch, { once: true });
  return unwatch;
}

/** The rule that decides a hostname: the most specific (longest) matching entry; on a tie, block wins. */
function matchRule(host: string, rules: SiteRules): 'allow' | 'block' | null {
  const matches = (rule: string) => host === rule || host.endsWith(`.${rule}`);
  let best: { len: number; kind: 'allow' | 'block' } | null = null;
  for (const kind of ['block', 'allow'] as const) {
    for (const rule of rules[kind]) {
      if (matches(rule) && (!best || rule.length > best.len)) best = { len: rule.length, kind };
    }
  }
  return best?.kind ?? null;
}

/** Whether ClaimLens runs on this hostname. Pure: no storage, no DOM. */
export function isEnabledFor(hostname: string, settings: Settings): boolean {
  const host = normalizeHostname(hostname);
  if (!host) return false;
  const rule = matchRule(host, settings.siteRules);
  if (rule === 'block') return false;
  if (rule === 'allow') return true;
  return settings.enabled;
}

/**
 * The change the popup's "off on this site" switch makes. Pure, so the switch's logic is unit-tested.
 * Turning a site on removes its own block entry, and adds an allow entry only when still needed
 * (global off, or a parent domain blocked).
 */
export function withSiteEnabled(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = normalizeHostname(hostname);
  if (!host) return settings;
  const next: Settings = {
    ...settings,
    siteRules: {
      allow: settings.siteRules.allow.filter((h) => h !== host),
      block: settings.siteRules.block.filter((h) => h !== host),
    },
  };
  if (isEnabledFor(host, next) !== enabled) next.siteRules[enabled ? 'allow' : 'block'].push(host);
  next.siteRules.allow.sort();
  next.siteRules.block.sort();
  return next;
}

export function setSiteEnabled(hostname: string, enabled: boolean): Promise<Settings> {
  return updateSettings((s) => withSiteEnabled(s, hostname, enabled));
}
