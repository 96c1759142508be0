import { startNotesScript } from '@/lib/content/notes';

// Injected by the background into pages that have notes, or when the reader starts one.
export default defineUnlistedScript(() => startNotesScript());
