import { browser } from 'wxt/browser';

export function Popup() {
  return (
    <main class="popup">
      <h1>ClaimLens</h1>
      <p data-testid="popup-version">Version {browser.runtime.getManifest().version}</p>
    </main>
  );
}
