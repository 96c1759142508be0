import { render } from 'preact';
import { Explorer } from '@/components/Explorer';
import { loadExplorerPack } from '@/lib/explorer/pack-source';
import { loadNotesForClaims } from '@/lib/explorer/notes-source';
import { watchNotes } from '@/lib/explorer/notes-watch';
import '@/components/Explorer.css';

void loadExplorerPack().then((pack) =>
  render(<Explorer pack={pack} loadNotes={loadNotesForClaims} onNotesChanged={watchNotes} />, document.getElementById('app')!),
);
