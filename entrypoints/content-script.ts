import { startSession } from '@/lib/content/start';

// Every page's content script, listed in the manifest by wxt.config.ts (`content_scripts`). An unlisted script rather
// than defineContentScript: WXT's content-script context costs every page 1 KB gzip and a DOM event that the page can
// see and forge, and ClaimLens keeps its own lifetime (lib/content/start.ts).
export default defineUnlistedScript(() => void startSession());
