import { registerCardView } from '@/lib/content/card-view';

// Injected by the background when the badges feature asks for the card's view (lib/content/features.ts `card`).
export default defineUnlistedScript(() => registerCardView());
