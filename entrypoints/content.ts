import { startContent } from '@/lib/content/start';
// Highlight colours go in the manifest: loaded before the page is styled, so they never force a restyle later.
import '@/components/highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: (ctx) => startContent(ctx.signal),
});
