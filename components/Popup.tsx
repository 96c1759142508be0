import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { SiteToggle } from './SiteToggle';
import { NotesPanel } from './NotesPanel';
import { ExplorerLink } from './ExplorerLink';
import { requestPersistentStorage } from '@/lib/notes/persist';
import { DataThrough } from './DataThrough';
import './notes.css';
import './popup.css';

export function Popup() {
  // Notes must not be evicted under storage pressure: ask once per popup (answered at once after the first grant).
  useEffect(() => void requestPersistentStorage(), []);
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('extName')}</h1>
        <p data-testid="popup-version" class="muted">
          {t('popupVersion', browser.runtime.getManifest().version)}
        </p>
        <DataThrough />
      </header>
      <SiteToggle />
      <ExplorerLink />
      <NotesPanel />
    </main>
  );
}
