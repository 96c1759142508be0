import { useEffect, useState } from 'preact/hooks';
import { getTargetTab, type TargetTab } from '@/lib/active-tab';
import { getSettings, isEnabledFor, normalizeHostname, watchSettings, type Settings } from '@/lib/settings';
import { saveSiteEnabled } from '@/lib/settings-save';
import { t } from '@/lib/i18n';

/**
 * The popup's one-click "off on this site" switch. It writes a site rule; the page's content script
 * sees the change through storage and reacts without a reload.
 */
export function SiteToggle({ tab: givenTab }: { tab?: TargetTab | null }) {
  const [tab, setTab] = useState<TargetTab | null | undefined>(givenTab);
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    if (givenTab === undefined) void getTargetTab().then(setTab, () => setTab(null));
    void getSettings().then(setSettings);
    watchSettings(setSettings, controller.signal);
    return () => controller.abort();
  }, [givenTab]);

  // Hold the switch's place while the tab and settings load: the popup's links below must not move under the pointer.
  if (tab === undefined || settings === null) return <p class="site-toggle site-toggle--pending" aria-hidden="true" />;
  const host = tab?.hostname ? normalizeHostname(tab.hostname) : '';
  if (!host) {
    return (
      <p class="site-toggle site-toggle--unavailable" data-testid="site-toggle-unavailable">
        {t('siteToggleUnavailable')}
      </p>
    );
  }
  const on = isEnabledFor(host, settings);
  return (
    <label class="site-toggle">
      <input
        type="checkbox"
        role="switch"
        data-testid="site-toggle"
        checked={on}
        aria-checked={on}
        onChange={(e) => void saveSiteEnabled(host, (e.currentTarget as HTMLInputElement).checked)}
      />
      <span>{t('siteToggleLabel', host)}</span>
    </label>
  );
}
