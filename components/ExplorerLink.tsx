import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

/**
 * "Explore all claims" for the popup and the options page: opens the explorer in a new tab (the popup
 * closes itself when the new tab takes focus).
 */
export function ExplorerLink({ eventId, label = t('exploreAllClaims') }: { eventId?: string; label?: string }) {
  const open = () => {
    const url = browser.runtime.getURL('/explorer.html') + (eventId ? `#event=${encodeURIComponent(eventId)}` : '');
    void browser.tabs.create({ url, active: true });
  };
  return (
    <button type="button" class="explorer-link" data-testid="open-explorer" onClick={open}>
      {label}
    </button>
  );
}
