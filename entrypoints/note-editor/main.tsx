import { render } from 'preact';
import '@/components/arabic-script.css';
import { NoteEditorFrame } from '@/components/NoteEditorFrame';
import '@/components/notes.css';
import { localizePage } from '@/lib/i18n';

// Strings in the reader's language from the first paint.
void localizePage(document, 'noteFrameTitle').then(() =>
  render(<NoteEditorFrame draftId={location.hash.slice(1)} />, document.getElementById('app')!),
);
