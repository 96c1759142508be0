import { startSession } from '@/lib/content/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would announce every start with window.postMessage, which any page can read (and learn our id from).
  noScriptStartedPostMessage: true,
  main: (ctx) => void startSession(ctx),
});
