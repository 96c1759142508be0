import { render } from 'preact';
import { browser } from 'wxt/browser';
import { NoteSurface, surfaceOfPage } from '@/components/NoteSurface';
import { requestPersistentStorage } from '@/lib/notes/persist';
import '@/components/notes.css';
import { localizePage } from '@/lib/ui-language';

const { kind, tabId } = surfaceOfPage(location.search, 'sidebarAction' in browser);
void requestPersistentStorage();
// Strings in the reader's language from the first paint.
void localizePage(document, 'noteFrameTitle').then(() =>
  render(<NoteSurface kind={kind} tabId={tabId} />, document.getElementById('app')!),
);
