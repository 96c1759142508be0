import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/arabic-script.css';
import { NoteSurface, type SurfaceKind } from '@/components/NoteSurface';
import { requestPersistentStorage } from '@/lib/notes/persist';
import '@/components/notes.css';
import { localizePage } from '@/lib/i18n';

// One page, three places: a window opened for one tab (?tab=), Firefox's sidebar, Chrome's side panel.
const named = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
const tabId = Number.isInteger(named) && named >= 0 ? named : null;
const kind: SurfaceKind = tabId !== null ? 'window' : 'sidebarAction' in browser ? 'sidebar' : 'sidepanel';
void requestPersistentStorage();
// Strings in the reader's language from the first paint.
void localizePage(document, 'noteFrameTitle').then(() =>
  render(<NoteSurface kind={kind} tabId={tabId} />, document.getElementById('app')!),
);
