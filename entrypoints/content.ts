import { startSession } from '@/lib/content/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: (ctx) => void startSession(ctx),
});
