import { render } from 'preact';
import '@/components/arabic-script.css';
import packJson from '@/data/afpak-2025-26.json';
import type { Pack } from '@/lib/pack/schema';
import { Explorer } from '@/components/Explorer';
import { loadNotesForClaims } from '@/lib/explorer/notes-source';
import { watchNotes } from '@/lib/explorer/notes-watch';
import '@/components/Explorer.css';
import { localizePage } from '@/lib/i18n';

// Strings in the reader's language from the first paint. The pack was validated against the schema by
// `npm run data -- check` before it could be bundled.
void localizePage(document, 'explorerTitle').then(() =>
  render(
    <Explorer pack={packJson as unknown as Pack} loadNotes={loadNotesForClaims} onNotesChanged={watchNotes} />,
    document.getElementById('app')!,
  ),
);
