/** What the options page loads besides the settings: the bundled pack (for the import preview) and the changelog. */
import type { Pack } from './pack/schema';

/** Loaded only when the import preview asks for it: its own chunk. */
export const loadBundledPack = (): Promise<Pack> => import('@/data/afpak-2025-26.json').then((m) => m.default as unknown as Pack);

/** data/CHANGELOG.md as text; a build without it still builds. */
export const changelog: string | undefined = Object.values(
  import.meta.glob<string>('/data/CHANGELOG.md', { query: '?raw', import: 'default', eager: true }),
)[0];
