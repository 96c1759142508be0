import { startAnnotator } from '@/lib/content/annotate';

// Injected by the background only into frames that stage one found relevant.
export default defineUnlistedScript(() => startAnnotator());
