import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { SiteToggle } from './SiteToggle';
import { NotesPanel } from './NotesPanel';
import { ExplorerLink } from './ExplorerLink';
import { DataThrough } from './DataThrough';
import './notes.css';
import './popup.css';

export function Popup() {
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
