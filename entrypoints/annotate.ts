import { registerBadges } from '@/lib/content/annotate';

// Injected by the background when the page's session asks for its badges feature (lib/content/features.ts).
export default defineUnlistedScript(() => registerBadges());
