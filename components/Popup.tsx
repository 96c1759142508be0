import { browser } from 'wxt/browser';
import { SiteToggle } from './SiteToggle';
import { NotesPanel } from './NotesPanel';
import { ExplorerLink } from './ExplorerLink';
import './notes.css';
import './popup.css';

export function Popup() {
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>ClaimLens</h1>
        <p data-testid="popup-version" class="muted">
          Version {browser.runtime.getManifest().version}
        </p>
      </header>
      <SiteToggle />
      <ExplorerLink />
      <NotesPanel />
    </main>
  );
}
