import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  getSettings,
  isEnabledFor,
  normalizeHostname,
  normalizeSettings,
  setSiteEnabled,
  settingsItem,
  updateSettings,
  watchSettings,
  withSiteEnabled,
  type Settings,
} from '../../lib/settings';

const base = (over: Partial<Settings> = {}): Settings => ({ ...normalizeSettings(undefined), ...over });

beforeEach(() => fakeBrowser.reset());

describe('isEnabledFor', () => {
  it('follows the global switch when no rule matches', () => {
    expect(isEnabledFor('dawn.com', base())).toBe(true);
    expect(isEnabledFor('dawn.com', base({ enabled: false }))).toBe(false);
  });

  it('a block rule wins over global on, and covers subdomains but not look-alikes', () => {
    const s = base({ siteRules: { allow: [], block: ['dawn.com'] } });
    expect(isEnabledFor('dawn.com', s)).toBe(false);
    expect(isEnabledFor('www.dawn.com', s)).toBe(false);
    expect(isEnabledFor('epaper.dawn.com', s)).toBe(false);
    expect(isEnabledFor('notdawn.com', s)).toBe(true);
    expect(isEnabledFor('dawn.com.evil.example', s)).toBe(true);
  });

  it('an allow rule wins over global off', () => {
    const s = base({ enabled: false, siteRules: { allow: ['tolonews.com'], block: [] } });
    expect(isEnabledFor('tolonews.com', s)).toBe(true);
    expect(isEnabledFor('TOLONEWS.COM.', s)).toBe(true);
    expect(isEnabledFor('bbc.com', s)).toBe(false);
  });

  it('the most specific rule decides', () => {
    const s = base({ siteRules: { allow: ['live.dawn.com'], block: ['dawn.com'] } });
    expect(isEnabledFor('live.dawn.com', s)).toBe(true);
    expect(isEnabledFor('dawn.com', s)).toBe(false);
    const t = base({ siteRules: { allow: ['dawn.com'], block: ['live.dawn.com'] } });
    expect(isEnabledFor('live.dawn.com', t)).toBe(false);
    expect(isEnabledFor('images.dawn.com', t)).toBe(true);
  });

  it('refuses an empty or malformed hostname', () => {
    expect(isEnabledFor('', base())).toBe(false);
    expect(isEnabledFor('exa mple.com', base())).toBe(false);
  });
});

describe('withSiteEnabled (the popup switch)', () => {
  it('off then on again leaves no rule behind when the global switch is on', () => {
    const off = withSiteEnabled(base(), 'www.Dawn.com', false);
    expect(off.siteRules).toEqual({ allow: [], block: ['dawn.com'] });
    expect(isEnabledFor('dawn.com', off)).toBe(false);
    const on = withSiteEnabled(off, 'dawn.com', true);
    expect(on.siteRules).toEqual({ allow: [], block: [] });
    expect(isEnabledFor('dawn.com', on)).toBe(true);
  });

  it('turning a site on when globally off adds an allow rule', () => {
    const on = withSiteEnabled(base({ enabled: false }), 'dawn.com', true);
    expect(on.siteRules.allow).toEqual(['dawn.com']);
    expect(isEnabledFor('dawn.com', on)).toBe(true);
  });

  it('turning a subdomain on under a blocked parent adds an allow rule for it only', () => {
    const on = withSiteEnabled(base({ siteRules: { allow: [], block: ['dawn.com'] } }), 'live.dawn.com', true);
    expect(on.siteRules).toEqual({ allow: ['live.dawn.com'], block: ['dawn.com'] });
  });
});

describe('normalizeSettings', () => {
  it('fills every missing field with its default', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ density: 'figures' })).toEqual({ ...DEFAULT_SETTINGS, density: 'figures' });
  });

  it('drops wrong types, unknown densities, unknown fields and junk hostnames', () => {
    const s = normalizeSettings({
      enabled: 'yes',
      density: 'everything',
      highlightMentions: 0,
      claimantColumns: { pakistan: false, taliban: false, independent: 'no' },
      siteRules: { allow: ['https://www.Example.com/path', 42, 'bad host', 'both.example'], block: 'dawn.com' },
      extra: true,
    });
    expect(s).toEqual({
      ...DEFAULT_SETTINGS,
      claimantColumns: { afghanistan: true, pakistan: false, independent: true },
      siteRules: { allow: ['both.example', 'example.com'], block: [] },
    });
    expect('extra' in s).toBe(false);
  });

  it('a host in both lists is blocked', () => {
    const s = normalizeSettings({ siteRules: { allow: ['a.example'], block: ['a.example'] } });
    expect(s.siteRules).toEqual({ allow: [], block: ['a.example'] });
  });

  it('normalizes hostnames', () => {
    expect(normalizeHostname(' WWW.Dawn.COM. ')).toBe('dawn.com');
    expect(normalizeHostname('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(normalizeHostname('a b')).toBe('');
  });
});

describe('stored settings', () => {
  it('a fresh install reads the defaults and writes the current version with the first change', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings((s) => ({ ...s, density: 'all' }));
    expect(await getSettings()).toMatchObject({ density: 'all' });
    expect(await settingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
  });

  it('changes started together each keep their field (two quick clicks do not undo each other)', async () => {
    await updateSettings((s) => ({ ...s, enabled: false, density: 'figures' }));
    await Promise.all([
      updateSettings((s) => ({ ...s, enabled: true })),
      updateSettings((s) => ({ ...s, density: 'entities' })),
      updateSettings((s) => ({ ...s, claimantColumns: { ...s.claimantColumns, pakistan: false } })),
    ]);
    expect(await getSettings()).toMatchObject({
      enabled: true,
      density: 'entities',
      claimantColumns: { afghanistan: true, pakistan: false, independent: true },
    });
  });

  it('a change that throws leaves the settings as they were and does not stop the next', async () => {
    const failed = updateSettings(() => {
      throw new Error('no');
    });
    const next = updateSettings((s) => ({ ...s, density: 'all' }));
    await expect(failed).rejects.toThrow('no');
    await next;
    expect(await getSettings()).toMatchObject({ density: 'all' });
  });

  it('a partial value stored by hand or by an older build reads as complete settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: false, claimantColumns: { pakistan: false } } });
    const s = await getSettings();
    expect(s.enabled).toBe(false);
    expect(s.claimantColumns).toEqual({ afghanistan: true, pakistan: false, independent: true });
    expect(s.density).toBe(DEFAULT_SETTINGS.density);
  });

  it('setSiteEnabled persists the rule', async () => {
    await setSiteEnabled('dawn.com', false);
    expect(isEnabledFor('dawn.com', await getSettings())).toBe(false);
    await setSiteEnabled('dawn.com', true);
    expect((await getSettings()).siteRules).toEqual({ allow: [], block: [] });
  });

  it('watchSettings reports each change, normalized, until the signal aborts', async () => {
    const seen: Settings[] = [];
    const controller = new AbortController();
    watchSettings((s) => seen.push(s), controller.signal);
    await updateSettings((s) => ({ ...s, enabled: false }));
    await fakeBrowser.storage.local.set({ settings: { density: 'figures', junk: 1 } });
    await new Promise((ok) => setTimeout(ok, 0));
    expect(seen.map((s) => [s.enabled, s.density])).toEqual([
      [false, DEFAULT_SETTINGS.density],
      [true, 'figures'],
    ]);
    expect('junk' in seen[1]!).toBe(false);
    controller.abort();
    await updateSettings((s) => ({ ...s, enabled: false }));
    await new Promise((ok) => setTimeout(ok, 0));
    expect(seen).toHaveLength(2);
  });

  it('a value from a newer version is not silently overwritten (WXT refuses the downgrade)', async () => {
    await fakeBrowser.storage.local.set({ settings: { density: 'all' }, settings$: { v: SETTINGS_VERSION + 1 } });
    await settingsItem.migrate().then(
      () => expect.unreachable('migrate should refuse a downgrade'),
      (err: Error) => expect(err.message).toMatch(/downgrade/),
    );
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ density: 'all' });
  });
});
