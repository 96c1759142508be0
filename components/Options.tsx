import { browser } from 'wxt/browser';
import { PACK_VERSION } from '@/lib/pack/runtime';

export function Options() {
  return (
    <main class="options">
      <h1>ClaimLens options</h1>
      <p data-testid="options-version">
        Extension {browser.runtime.getManifest().version}, dataset {PACK_VERSION}
      </p>
    </main>
  );
}
