import { render } from 'preact';
import { NoteEditorFrame } from '@/components/NoteEditorFrame';
import '@/components/notes.css';

render(<NoteEditorFrame draftId={location.hash.slice(1)} />, document.getElementById('app')!);
