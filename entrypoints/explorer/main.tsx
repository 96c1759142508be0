import { render } from 'preact';
import '@/components/arabic-script.css';
import { Explorer } from '@/components/Explorer';
import { loadExplorerPack } from '@/lib/explorer/pack-source';
import { loadNotesForClaims } from '@/lib/explorer/notes-source';
import { watchNotes } from '@/lib/explorer/notes-watch';
import '@/components/Explorer.css';
import { localizePage } from '@/lib/ui-language';

// Strings in the reader's language from the first paint.
void Promise.all([loadExplorerPack(), localizePage(document, 'explorerTitle')]).then(([pack]) =>
  render(<Explorer pack={pack} loadNotes={loadNotesForClaims} onNotesChanged={watchNotes} />, document.getElementById('app')!),
);
