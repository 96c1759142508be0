/** What the content script's start-up path reads: one word per name of the bundled pack (lib/engine/name-index.ts). */
import compiled from './compiled/afpak-2025-26.names.json';
import type { NameIndex } from '../engine/name-index';

export const bundledNames = compiled as unknown as NameIndex;
