import { render } from 'preact';
import packJson from '@/data/afpak-2025-26.json';
import type { Pack } from '@/lib/pack/schema';
import { Explorer } from '@/components/Explorer';
import { loadNotesForClaims } from '@/lib/explorer/notes-source';
import { watchNotes } from '@/lib/explorer/notes-watch';
import { browser } from 'wxt/browser';
import { readActiveImport } from '@/lib/pack/import-keys';
import type { StorageArea } from '@/lib/pack/import';
import '@/components/Explorer.css';

// The pack was validated against the schema by `npm run data -- check` before it could be bundled; an imported
// pack was validated and compiled when it was imported (lib/pack/import.ts).
const bundled = packJson as unknown as Pack;
void readActiveImport(browser.storage.local as unknown as StorageArea, bundled.meta)
  .catch(() => undefined)
  .then((imported) =>
    render(
      <Explorer pack={imported?.pack ?? bundled} loadNotes={loadNotesForClaims} onNotesChanged={watchNotes} />,
      document.getElementById('app')!,
    ),
  );
