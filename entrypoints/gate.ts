import { registerRoad } from '@/lib/content/road';

// Injected by the background when the page's first read found a word of a name (lib/content/features.ts `road`).
export default defineUnlistedScript(() => registerRoad());
