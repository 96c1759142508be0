import { registerNotes } from '@/lib/content/notes';

// Injected by the background when the page's session asks for its notes feature (lib/content/features.ts).
export default defineUnlistedScript(() => registerNotes());
